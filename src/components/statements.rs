//! The list of statements that pass the filters, as cards; a click selects one and scrolls
//! the article to it.

use std::rc::Rc;

use quotelens_engine::Analysis;
use yew::prelude::*;

use super::{issue_labels, provenance, speaker_name};
use crate::state::{colour_slot, Action, View};

#[derive(Properties, PartialEq)]
pub struct ListProps {
    pub analysis: Rc<Analysis>,
    pub view: View,
    pub on_action: Callback<Action>,
}

/// Every card has the same height (content clamped to two lines; the details panel shows it
/// all), so the list can render only the cards in view: a list of any length costs the same.
const ROW: f64 = 104.0;
/// Cards rendered above and below the visible ones, so that fast scrolling shows no gap.
const OVERSCAN: usize = 4;

#[function_component(StatementList)]
pub fn statement_list(props: &ListProps) -> Html {
    let analysis = &props.analysis;
    let scroller = use_node_ref();
    let list = use_node_ref();
    // The scroll position and the height of the list's viewport, in pixels.
    let window = use_state(|| (0.0_f64, 600.0_f64));
    let matching: Vec<&quotelens_engine::Statement> = analysis
        .statements
        .iter()
        .filter(|s| props.view.fits(s))
        .collect();
    let total = matching.len();
    let selected_at = props
        .view
        .selected
        .as_ref()
        .and_then(|id| matching.iter().position(|s| &s.id == id));
    // The selected card scrolls into the list's view.
    {
        let scroller = scroller.clone();
        use_effect_with(selected_at, move |at| {
            if let (Some(at), Some(element)) = (at, scroller.cast::<web_sys::Element>()) {
                let top = *at as f64 * ROW;
                let height = f64::from(element.client_height());
                let scroll = f64::from(element.scroll_top());
                if top < scroll || top + ROW > scroll + height {
                    element.set_scroll_top((top - height / 2.0 + ROW / 2.0).max(0.0) as i32);
                }
            }
        });
    }
    let onscroll = {
        let (window, scroller) = (window.clone(), scroller.clone());
        Callback::from(move |_: Event| {
            if let Some(element) = scroller.cast::<web_sys::Element>() {
                window.set((
                    f64::from(element.scroll_top()),
                    f64::from(element.client_height()),
                ));
            }
        })
    };
    let (scroll, height) = *window;
    let first = ((scroll / ROW) as usize)
        .saturating_sub(OVERSCAN)
        .min(total);
    let last = (((scroll + height.max(ROW)) / ROW).ceil() as usize + OVERSCAN).min(total);
    let cards = matching[first..last]
        .iter()
        .enumerate()
        .map(|(offset, statement)| {
            let position = first + offset;
            let selected = props.view.selected.as_deref() == Some(statement.id.as_str());
            let onclick = {
                let on_action = props.on_action.clone();
                let id = statement.id.clone();
                Callback::from(move |_| on_action.emit(Action::Select(Some(id.clone()))))
            };
            let slot = colour_slot(analysis, statement.speaker.as_deref());
            html! {
                <li class={classes!("ql-card", selected.then_some("ql-selected"))} data-statement={statement.id.clone()} aria-posinset={(position + 1).to_string()} aria-setsize={total.to_string()}>
                    <button type="button" class="ql-card-button" {onclick} aria-pressed={selected.to_string()}>
                        <span class="ql-card-head">
                            <span class={classes!("ql-swatch", format!("ql-c{slot}"))} aria-hidden="true"></span>
                            <strong>{ speaker_name(analysis, statement) }</strong>
                            { " " }
                            <span class="ql-cue">{ statement.cue.as_ref().map(|c| c.text.clone()).unwrap_or_else(|| "(continues)".into()) }</span>
                            <span class="ql-kind">{ statement.kind.as_str() }</span>
                        </span>
                        <span class="ql-card-content">{ statement.content.text.clone() }</span>
                        <span class="ql-card-meta">{ format!("{} · {}", issue_labels(analysis, statement).join(", "), provenance(statement)) }</span>
                    </button>
                </li>
            }
        });
    // Rows are placed through the CSSOM, not style attributes, so that a host page's
    // Content-Security-Policy need not allow inline styles. Whole pixels: formatting floats
    // would pull ~7 KB of code into the wasm.
    {
        let list = list.clone();
        use_effect(move || {
            let Some(ol) = list.cast::<web_sys::HtmlElement>() else {
                return;
            };
            let _ = ol
                .style()
                .set_property("height", &format!("{}px", total * ROW as usize));
            let children = ol.children();
            for i in 0..children.length() {
                let Some(li) = children
                    .item(i)
                    .and_then(|c| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(c).ok())
                else {
                    continue;
                };
                if let Some(position) = li
                    .get_attribute("aria-posinset")
                    .and_then(|p| p.parse::<usize>().ok())
                {
                    let top = format!("{}px", position.saturating_sub(1) * ROW as usize);
                    let _ = li.style().set_property("top", &top);
                }
            }
        });
    }
    html! {
        <section class="ql-statements" aria-label="Statements">
            <h2>{ "Statements" }</h2>
            <div class="ql-cards-scroll" ref={scroller} {onscroll}>
                <ol class="ql-cards" ref={list}>{ for cards }</ol>
            </div>
        </section>
    }
}
