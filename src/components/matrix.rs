//! Speakers by issues: how many statements each speaker makes on each issue. A click on a cell
//! sets both filters.

use std::rc::Rc;

use quotelens_engine::Analysis;
use yew::prelude::*;

use crate::state::{Action, View};

#[derive(Properties, PartialEq)]
pub struct MatrixProps {
    pub analysis: Rc<Analysis>,
    pub view: View,
    pub on_action: Callback<Action>,
}

#[function_component(Matrix)]
pub fn matrix(props: &MatrixProps) -> Html {
    let analysis = &props.analysis;
    if analysis.speakers.is_empty() || analysis.issues.is_empty() {
        return html! {};
    }
    let header = analysis.issues.iter().map(|issue| html! { <th scope="col"><span title={issue.label.clone()}>{ issue.label.clone() }</span></th> });
    let rows = analysis.speakers.iter().map(|speaker| {
        let cells = analysis.issues.iter().map(|issue| {
            let n = analysis
                .statements
                .iter()
                .filter(|s| s.speaker.as_deref() == Some(speaker.id.as_str()) && s.issues.contains(&issue.id))
                .count();
            let active = props.view.speakers.len() == 1
                && props.view.speakers.contains(&speaker.id)
                && props.view.issues.len() == 1
                && props.view.issues.contains(&issue.id);
            let onclick = {
                let on_action = props.on_action.clone();
                let speaker = speaker.id.clone();
                let issue = issue.id.clone();
                Callback::from(move |_| on_action.emit(Action::SetCell { speaker: speaker.clone(), issue: issue.clone() }))
            };
            html! {
                <td>
                    if n > 0 {
                        <button type="button" class={classes!("ql-cell", active.then_some("ql-active"))} {onclick}
                            data-speaker={speaker.id.clone()} data-issue={issue.id.clone()}
                            aria-label={format!("{}: {} statements on {}", speaker.name, n, issue.label)}>{ n }</button>
                    }
                </td>
            }
        });
        html! { <tr><th scope="row">{ speaker.name.clone() }</th>{ for cells }</tr> }
    });
    html! {
        <section class="ql-matrix" aria-label="Speakers by issue">
            <h2>{ "Who speaks on what" }</h2>
            <div class="ql-matrix-scroll" tabindex="0" role="region" aria-label="Speakers by issue table">
                <table>
                    <thead><tr><th scope="col">{ "Speaker" }</th>{ for header }</tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}
