//! Adding a statement the engine missed: the reader selects its words in the article, names the
//! speaker and adds it. The selection is read as offsets into the article's text (code points),
//! counting only the article's own text (not the name tags or screen-reader markers).

use std::rc::Rc;

use quotelens_engine::Analysis;
use yew::prelude::*;

use crate::corrections::Edit;

#[derive(Properties, PartialEq)]
pub struct AdderProps {
    pub analysis: Rc<Analysis>,
    pub on_edit: Callback<Edit>,
}

/// The words selected in the article: offsets and text.
#[derive(Clone, PartialEq)]
struct Selected {
    start: usize,
    end: usize,
    text: String,
}

#[function_component(Adder)]
pub fn adder(props: &AdderProps) -> Html {
    let selected = use_state(|| None::<Result<Selected, String>>);
    let speaker = use_state(String::new);
    // Follow the document's selection while the article shows.
    {
        let selected = selected.clone();
        let analysis = props.analysis.clone();
        use_effect_with(analysis, move |analysis| {
            let analysis = analysis.clone();
            let listener = web_sys::window()
                .and_then(|w| w.document())
                .map(|document| {
                    gloo::events::EventListener::new(&document, "selectionchange", move |_| {
                        if let Some(found) = read_selection(&analysis) {
                            selected.set(Some(found));
                        }
                    })
                });
            move || drop(listener)
        });
    }
    let choose = {
        let speaker = speaker.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                speaker.set(select.value());
            }
        })
    };
    let add = {
        let (selected, speaker, on_edit) =
            (selected.clone(), speaker.clone(), props.on_edit.clone());
        Callback::from(move |_| {
            if let Some(Ok(words)) = &*selected {
                on_edit.emit(Edit::AddStatement {
                    start: words.start,
                    end: words.end,
                    speaker: Some((*speaker).clone()).filter(|s| !s.is_empty()),
                });
                selected.set(None);
            }
        })
    };
    // Shown only while words are selected (the shortcuts list says how to use it).
    if selected.is_none() {
        return html! {};
    }
    html! {
        <section class="ql-adder" aria-label="Add a missed statement">
            <h2>{ "Add a missed statement" }</h2>
            { match &*selected {
                None => html! {},
                Some(Err(message)) => html! { <p class="ql-hint" role="status">{ message.clone() }</p> },
                Some(Ok(words)) => html! {
                    <>
                        <blockquote class="ql-adder-text">{ words.text.clone() }</blockquote>
                        <label>
                            { "Said by " }
                            <select class="ql-adder-speaker" onchange={choose}>
                                <option value="" selected={speaker.is_empty()}>{ "not said (unattributed)" }</option>
                                { for props.analysis.speakers.iter().map(|s| html! {
                                    <option value={s.id.clone()} selected={*speaker == s.id}>{ s.name.clone() }</option>
                                }) }
                            </select>
                        </label>
                        { " " }
                        <button type="button" class="ql-adder-add" onclick={add}>{ "Add statement" }</button>
                    </>
                },
            } }
        </section>
    }
}

/// The selection as offsets into the article, None when nothing is selected in it, an
/// explanation when the selection cannot be a statement.
fn read_selection(analysis: &Analysis) -> Option<Result<Selected, String>> {
    let selection = web_sys::window()?.get_selection().ok()??;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let (start_node, end_node) = (range.start_container().ok()?, range.end_container().ok()?);
    let start_paragraph = paragraph_of(&start_node)?;
    let Some(end_paragraph) = paragraph_of(&end_node) else {
        return Some(Err(
            "Select words within one paragraph of the article.".into()
        ));
    };
    if !start_paragraph.0.is_same_node(Some(&end_paragraph.0)) {
        return Some(Err(
            "Select words within one paragraph of the article.".into()
        ));
    }
    let (element, index) = start_paragraph;
    let base = analysis.paragraphs.get(index)?;
    let start = offset_in(&element, &start_node, range.start_offset().ok()?)?;
    let end = offset_in(&element, &end_node, range.end_offset().ok()?)?;
    let text: String = base
        .text
        .chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect();
    // Leading and trailing spaces are not part of a statement.
    let lead = text.chars().take_while(|c| c.is_whitespace()).count();
    let trimmed = text.trim();
    if trimmed.chars().count() < 3 {
        return Some(Err(
            "Select a few more words to add them as a statement.".into()
        ));
    }
    let start = base.start + start + lead;
    Some(Ok(Selected {
        start,
        end: start + trimmed.chars().count(),
        text: trimmed.to_string(),
    }))
}

/// The paragraph element (data-paragraph inside the article) holding a node, and its index.
fn paragraph_of(node: &web_sys::Node) -> Option<(web_sys::Element, usize)> {
    use wasm_bindgen::JsCast;
    let element = match node.dyn_ref::<web_sys::Element>() {
        Some(element) => element.clone(),
        None => node.parent_element()?,
    };
    let paragraph = element.closest(".ql-article [data-paragraph]").ok()??;
    let index = paragraph.get_attribute("data-paragraph")?.parse().ok()?;
    Some((paragraph, index))
}

/// Name tags and screen-reader markers are not the article's text.
fn is_added(node: &web_sys::Node) -> bool {
    use wasm_bindgen::JsCast;
    node.dyn_ref::<web_sys::Element>().is_some_and(|e| {
        let list = e.class_list();
        list.contains("ql-sr") || list.contains("ql-tag")
    })
}

/// Code points of the article's text inside a node.
fn text_length(node: &web_sys::Node) -> usize {
    if is_added(node) {
        return 0;
    }
    if node.node_type() == web_sys::Node::TEXT_NODE {
        return node.text_content().unwrap_or_default().chars().count();
    }
    let children = node.child_nodes();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .map(|child| text_length(&child))
        .sum()
}

/// The offset, in code points of the article's text, of a DOM boundary point inside `root`.
fn offset_in(root: &web_sys::Node, target: &web_sys::Node, offset: u32) -> Option<usize> {
    let mut count = 0;
    walk(root, target, offset, &mut count).then_some(count)
}

fn walk(node: &web_sys::Node, target: &web_sys::Node, offset: u32, count: &mut usize) -> bool {
    if node.is_same_node(Some(target)) {
        if node.node_type() == web_sys::Node::TEXT_NODE {
            if !node.parent_element().is_some_and(|p| is_added(&p)) {
                // The offset counts UTF-16 units.
                let mut units = 0;
                for c in node.text_content().unwrap_or_default().chars() {
                    if units >= offset as usize {
                        break;
                    }
                    units += c.len_utf16();
                    *count += 1;
                }
            }
        } else {
            let children = node.child_nodes();
            for i in 0..offset.min(children.length()) {
                if let Some(child) = children.item(i) {
                    *count += text_length(&child);
                }
            }
        }
        return true;
    }
    if is_added(node) {
        // A boundary inside a name tag sits where the tag is.
        return node.contains(Some(target));
    }
    if node.node_type() == web_sys::Node::TEXT_NODE {
        *count += node.text_content().unwrap_or_default().chars().count();
        return false;
    }
    let children = node.child_nodes();
    for i in 0..children.length() {
        if let Some(child) = children.item(i) {
            if walk(&child, target, offset, count) {
                return true;
            }
        }
    }
    false
}
