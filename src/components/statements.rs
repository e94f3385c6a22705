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

/// Cards rendered at first and added by each "Show more": long articles stay light.
const PAGE: usize = 100;

#[function_component(StatementList)]
pub fn statement_list(props: &ListProps) -> Html {
    let analysis = &props.analysis;
    let limit = use_state(|| PAGE);
    let matching: Vec<&quotelens_engine::Statement> = analysis
        .statements
        .iter()
        .filter(|s| props.view.fits(s))
        .collect();
    let total = matching.len();
    // The selected statement is always among the cards shown.
    let selected_at = props
        .view
        .selected
        .as_ref()
        .and_then(|id| matching.iter().position(|s| &s.id == id));
    let shown = (*limit).max(selected_at.map_or(0, |i| i + 1));
    let more = {
        let limit = limit.clone();
        Callback::from(move |_| limit.set(shown + PAGE))
    };
    let cards = matching.into_iter().take(shown).map(|statement| {
        let selected = props.view.selected.as_deref() == Some(statement.id.as_str());
        let onclick = {
            let on_action = props.on_action.clone();
            let id = statement.id.clone();
            Callback::from(move |_| on_action.emit(Action::Select(Some(id.clone()))))
        };
        let slot = colour_slot(analysis, statement.speaker.as_deref());
        html! {
            <li class={classes!("ql-card", selected.then_some("ql-selected"))} data-statement={statement.id.clone()}>
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
    html! {
        <section class="ql-statements" aria-label="Statements">
            <h2>{ "Statements" }</h2>
            <ol class="ql-cards">{ for cards }</ol>
            if total > shown {
                <button type="button" class="ql-more" onclick={more}>{ format!("Show more ({} of {total} shown)", shown) }</button>
            }
        </section>
    }
}
