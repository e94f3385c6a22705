//! The selected statement in full: speaker, role, cue, kind, issues, and how the speaker was
//! found.

use std::rc::Rc;

use quotelens_engine::Analysis;
use yew::prelude::*;

use super::{issue_labels, provenance, speaker_name};
use crate::corrections::Edit;

#[derive(Properties, PartialEq)]
pub struct DetailsProps {
    pub analysis: Rc<Analysis>,
    pub selected: Option<String>,
    pub on_edit: Callback<Edit>,
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
    let select_value = |event: Event| {
        event
            .target_dyn_into::<web_sys::HtmlSelectElement>()
            .map(|s| s.value())
    };
    let reassign = {
        let on_edit = props.on_edit.clone();
        let id = statement.id.clone();
        Callback::from(move |event: Event| {
            if let Some(value) = select_value(event) {
                on_edit.emit(Edit::Reassign {
                    statement: id.clone(),
                    speaker: Some(value).filter(|v| !v.is_empty()),
                });
            }
        })
    };
    let merge = |from: String| {
        let on_edit = props.on_edit.clone();
        Callback::from(move |event: Event| {
            if let Some(into) = select_value(event).filter(|v| !v.is_empty()) {
                on_edit.emit(Edit::Merge {
                    from: from.clone(),
                    into,
                });
            }
        })
    };
    let remove = {
        let on_edit = props.on_edit.clone();
        let id = statement.id.clone();
        Callback::from(move |_| {
            on_edit.emit(Edit::Remove {
                statement: id.clone(),
            })
        })
    };
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
            <div class="ql-correct" role="group" aria-label="Correct this statement">
                <label>
                    { "Speaker is " }
                    <select class="ql-reassign" onchange={reassign}>
                        <option value="" selected={statement.speaker.is_none()}>{ "not said (unattributed)" }</option>
                        { for props.analysis.speakers.iter().map(|s| html! {
                            <option value={s.id.clone()} selected={statement.speaker.as_deref() == Some(s.id.as_str())}>{ s.name.clone() }</option>
                        }) }
                    </select>
                </label>
                if let Some(current) = statement.speaker.clone() {
                    <label>
                        { "Same person as " }
                        <select class="ql-merge" onchange={merge(current)}>
                            <option value="" selected=true>{ "—" }</option>
                            { for props.analysis.speakers.iter().filter(|s| statement.speaker.as_deref() != Some(s.id.as_str())).map(|s| html! {
                                <option value={s.id.clone()}>{ s.name.clone() }</option>
                            }) }
                        </select>
                    </label>
                }
                <button type="button" class="ql-remove" onclick={remove}>{ "Not a statement: remove" }</button>
            </div>
        </section>
    }
}
