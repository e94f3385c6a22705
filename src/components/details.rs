//! The selected statement in full: speaker, role, cue, kind, issues, and how the speaker was
//! found.

use std::rc::Rc;

use quotelens_engine::Analysis;
use yew::prelude::*;

use super::{issue_labels, provenance, speaker_name};

#[derive(Properties, PartialEq)]
pub struct DetailsProps {
    pub analysis: Rc<Analysis>,
    pub selected: Option<String>,
}

#[function_component(Details)]
pub fn details(props: &DetailsProps) -> Html {
    let Some(statement) = props
        .selected
        .as_deref()
        .and_then(|id| props.analysis.statement(id))
    else {
        return html! {};
    };
    let speaker = statement
        .speaker
        .as_deref()
        .and_then(|id| props.analysis.speaker(id));
    let about: Vec<String> = speaker
        .map(|s| {
            [s.role.clone(), s.affiliation.clone()]
                .into_iter()
                .flatten()
                .collect()
        })
        .unwrap_or_default();
    html! {
        <section class="ql-details" aria-label="Selected statement" aria-live="polite">
            <h2>{ "Selected statement" }</h2>
            <dl>
                <dt>{ "Speaker" }</dt>
                <dd>{ speaker_name(&props.analysis, statement) }{ if about.is_empty() { String::new() } else { format!(" ({})", about.join(", ")) } }</dd>
                <dt>{ "Cue" }</dt>
                <dd>{ statement.cue.as_ref().map(|c| c.text.clone()).unwrap_or_else(|| "none (continues an earlier statement)".into()) }</dd>
                <dt>{ "Kind" }</dt>
                <dd>{ statement.kind.as_str() }</dd>
                <dt>{ "Issues" }</dt>
                <dd>{ issue_labels(&props.analysis, statement).join(", ") }</dd>
                <dt>{ "Found" }</dt>
                <dd class="ql-provenance">{ provenance(statement) }</dd>
            </dl>
            <blockquote>{ statement.content.text.clone() }</blockquote>
        </section>
    }
}
