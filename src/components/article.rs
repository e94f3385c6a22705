//! The article: headline and paragraphs rendered from the engine's flat runs, each statement
//! highlighted in its speaker's colour with a name tag. Text is always inserted as text.

use std::collections::HashSet;
use std::rc::Rc;

use quotelens_engine::Analysis;
use yew::prelude::*;

use super::{issue_labels, provenance, speaker_name};
use crate::state::{colour_slot, initials};

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    pub analysis: Rc<Analysis>,
    pub on_select: Callback<Option<String>>,
}

#[function_component(ArticleView)]
pub fn article_view(props: &ArticleProps) -> Html {
    let analysis = &props.analysis;
    // Runs grouped by paragraph, in order.
    let mut by_paragraph: Vec<Vec<&quotelens_engine::Run>> =
        vec![Vec::new(); analysis.paragraphs.len()];
    for run in &analysis.runs {
        if let Some(list) = by_paragraph.get_mut(run.paragraph) {
            list.push(run);
        }
    }
    let mut started: HashSet<&str> = HashSet::new();
    let mut rendered = Vec::new();
    for (index, runs) in by_paragraph.iter().enumerate() {
        let mut children = Vec::new();
        for (k, run) in runs.iter().enumerate() {
            children.push(render_run(
                analysis,
                run,
                runs.get(k + 1).copied(),
                &mut started,
                &props.on_select,
            ));
        }
        let node = if index == 0 {
            html! { <h1 class="ql-headline" data-paragraph="0">{ for children }</h1> }
        } else {
            html! { <p data-paragraph={index.to_string()}>{ for children }</p> }
        };
        rendered.push(node);
    }
    if analysis.paragraphs.is_empty() {
        rendered.push(html! { <p class="ql-empty">{ "This article has no text." }</p> });
    }
    html! {
        <article class="ql-article" aria-label="Article">{ for rendered }</article>
    }
}

fn render_run<'a>(
    analysis: &'a Analysis,
    run: &'a quotelens_engine::Run,
    next: Option<&quotelens_engine::Run>,
    started: &mut HashSet<&'a str>,
    on_select: &Callback<Option<String>>,
) -> Html {
    if run.statements.is_empty() {
        if run.sources.is_empty() {
            return html! { { run.text.clone() } };
        }
        let classes: Vec<String> = run
            .sources
            .iter()
            .map(|id| format!("ql-src-{id}"))
            .collect();
        return html! { <span class={classes!("ql-source", classes)}>{ run.text.clone() }</span> };
    }
    let first = &run.statements[0];
    let Some(statement) = analysis.statement(first) else {
        return html! { { run.text.clone() } };
    };
    let name = speaker_name(analysis, statement);
    let slot = colour_slot(analysis, statement.speaker.as_deref());
    let mut classes = vec!["ql-hl".to_string(), format!("ql-c{slot}")];
    classes.extend(run.statements.iter().map(|id| format!("ql-st-{id}")));
    let opens = !started.contains(first.as_str());
    started.insert(first.as_str());
    let closes = next.is_none_or(|n| !n.statements.contains(first));
    let speaker = statement
        .speaker
        .as_deref()
        .and_then(|id| analysis.speaker(id));
    let role = speaker
        .map(|s| {
            [s.role.clone(), s.affiliation.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default();
    let details = format!(
        "{}{} — {} statement{}; issues: {}; {}",
        name,
        if role.is_empty() {
            String::new()
        } else {
            format!(" ({role})")
        },
        statement.kind.as_str(),
        statement
            .cue
            .as_ref()
            .map(|c| format!(", cue “{}”", c.text))
            .unwrap_or_default(),
        issue_labels(analysis, statement).join(", "),
        provenance(statement)
    );
    let onclick = {
        let on_select = on_select.clone();
        let id = first.clone();
        Callback::from(move |_| on_select.emit(Some(id.clone())))
    };
    let tag_class = format!("ql-tag ql-tag-{first}");
    // The opening run of a statement can take the focus: it shows the details (CSS tooltip
    // from the data attribute, text only) and Enter selects the statement.
    let onkeydown = {
        let on_select = on_select.clone();
        let id = first.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" || event.key() == " " {
                event.prevent_default();
                on_select.emit(Some(id.clone()));
            }
        })
    };
    let tabindex = opens.then_some("0");
    let tip = opens.then(|| details.clone());
    let print_name = opens.then(|| name.clone());
    html! {
        <mark class={classes} title={details} data-tip={tip} data-name={print_name} {tabindex} data-statement={first.clone()} data-speaker={statement.speaker.clone().unwrap_or_default()} {onclick} {onkeydown}>
            if opens {
                <span class="ql-sr">{ format!("Statement by {name}: ") }</span>
                <span class={tag_class} aria-hidden="true">{ initials(&name) }</span>
            }
            { run.text.clone() }
            if closes {
                <span class="ql-sr">{ " (end of statement)" }</span>
            }
        </mark>
    }
}
