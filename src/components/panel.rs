//! The filters: speakers, issues, kinds and a text search, with counts that follow the other
//! filters, and one button that clears them all.

use std::rc::Rc;

use quotelens_engine::Analysis;
use yew::prelude::*;

use crate::state::{colour_slot, Action, Facet, View, KINDS, UNATTRIBUTED};

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub analysis: Rc<Analysis>,
    pub view: View,
    pub on_action: Callback<Action>,
    pub search_ref: NodeRef,
}

#[function_component(Panel)]
pub fn panel(props: &PanelProps) -> Html {
    let analysis = &props.analysis;
    let view = &props.view;
    let count = |facet: Facet, pred: &dyn Fn(&quotelens_engine::Statement) -> bool| {
        analysis
            .statements
            .iter()
            .filter(|s| view.fits_except(s, Some(facet)) && pred(s))
            .count()
    };
    let speaker_option = |speaker: &quotelens_engine::Speaker| {
        let id = speaker.id.clone();
        let n = count(Facet::Speaker, &|s| {
            s.speaker.as_deref() == Some(id.as_str())
        });
        let checked = view.speakers.contains(&speaker.id);
        let on_action = props.on_action.clone();
        let toggle_id = speaker.id.clone();
        let onchange =
            Callback::from(move |_| on_action.emit(Action::ToggleSpeaker(toggle_id.clone())));
        let about: Vec<String> = [speaker.role.clone(), speaker.affiliation.clone()]
            .into_iter()
            .flatten()
            .collect();
        let slot = colour_slot(analysis, Some(&speaker.id));
        html! {
            <li>
                <label class="ql-option">
                    <input type="checkbox" {checked} {onchange} data-speaker={speaker.id.clone()} />
                    <span class={classes!("ql-swatch", format!("ql-c{slot}"))} aria-hidden="true"></span>
                    <span class="ql-option-name">{ speaker.name.clone() }</span>
                    if !about.is_empty() {
                        <span class="ql-option-about">{ about.join(", ") }</span>
                    }
                    <span class="ql-count">{ n }</span>
                </label>
            </li>
        }
    };
    // More than eight speakers are grouped by affiliation (or by kind when none is stated).
    let speakers: Html = if analysis.speakers.len() > 8 {
        let mut groups: Vec<(String, Vec<&quotelens_engine::Speaker>)> = Vec::new();
        for speaker in &analysis.speakers {
            let group = speaker
                .affiliation
                .clone()
                .unwrap_or_else(|| match speaker.kind {
                    quotelens_engine::SpeakerKind::Person => "People".to_string(),
                    quotelens_engine::SpeakerKind::Organization => "Organisations".to_string(),
                    quotelens_engine::SpeakerKind::Country => "Countries".to_string(),
                    quotelens_engine::SpeakerKind::Unknown => "Other sources".to_string(),
                });
            match groups.iter_mut().find(|(name, _)| *name == group) {
                Some((_, members)) => members.push(speaker),
                None => groups.push((group, vec![speaker])),
            }
        }
        groups
            .into_iter()
            .map(|(group, members)| {
                html! {
                    <li class="ql-group">
                        <span class="ql-group-name">{ group }</span>
                        <ul class="ql-options">{ for members.into_iter().map(&speaker_option) }</ul>
                    </li>
                }
            })
            .collect()
    } else {
        analysis.speakers.iter().map(&speaker_option).collect()
    };
    let unattributed = analysis.statements.iter().any(|s| s.speaker.is_none()).then(|| {
        let n = count(Facet::Speaker, &|s| s.speaker.is_none());
        let on_action = props.on_action.clone();
        let onchange = Callback::from(move |_| on_action.emit(Action::ToggleSpeaker(UNATTRIBUTED.into())));
        html! {
            <li>
                <label class="ql-option">
                    <input type="checkbox" checked={view.speakers.contains(UNATTRIBUTED)} {onchange} data-speaker={UNATTRIBUTED} />
                    <span class="ql-swatch ql-c12" aria-hidden="true"></span>
                    <span class="ql-option-name">{ "Unattributed" }</span>
                    <span class="ql-count">{ n }</span>
                </label>
            </li>
        }
    });
    let issues = analysis.issues.iter().map(|issue| {
        let id = issue.id.clone();
        let n = count(Facet::Issue, &|s| s.issues.contains(&id));
        let on_action = props.on_action.clone();
        let toggle_id = issue.id.clone();
        let onchange = Callback::from(move |_| on_action.emit(Action::ToggleIssue(toggle_id.clone())));
        html! {
            <li>
                <label class="ql-option">
                    <input type="checkbox" checked={view.issues.contains(&issue.id)} {onchange} data-issue={issue.id.clone()} />
                    <span class="ql-option-name">{ issue.label.clone() }</span>
                    <span class="ql-count">{ n }</span>
                </label>
            </li>
        }
    });
    let kinds = KINDS.iter().map(|kind| {
        let name = kind.as_str();
        let n = count(Facet::Kind, &|s| s.kind == *kind);
        let on_action = props.on_action.clone();
        let onchange = Callback::from(move |_| on_action.emit(Action::ToggleKind(name.to_string())));
        html! {
            <li>
                <label class="ql-option">
                    <input type="checkbox" checked={view.kinds.contains(name)} {onchange} data-kind={name} />
                    <span class="ql-option-name">{ name }</span>
                    <span class="ql-count">{ n }</span>
                </label>
            </li>
        }
    });
    let oninput = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                on_action.emit(Action::SetSearch(input.value()));
            }
        })
    };
    let clear = {
        let on_action = props.on_action.clone();
        Callback::from(move |_| on_action.emit(Action::ClearFilters))
    };
    let only = {
        let on_action = props.on_action.clone();
        let on = view.only_matching;
        Callback::from(move |_| on_action.emit(Action::SetOnlyMatching(!on)))
    };
    let matching = analysis.statements.iter().filter(|s| view.fits(s)).count();
    html! {
        <section class="ql-panel" aria-label="Filters">
            <div class="ql-search">
                <label for="ql-search-input">{ "Search statements" }</label>
                <input id="ql-search-input" type="search" ref={props.search_ref.clone()} value={view.search.clone()} {oninput} placeholder="words in a statement" />
            </div>
            <p class="ql-summary" role="status">{ format!("{matching} of {} statements", analysis.statements.len()) }</p>
            <div class="ql-panel-actions">
                <button type="button" class="ql-clear" onclick={clear} disabled={!view.is_filtering()}>{ "Clear filters" }</button>
                <label class="ql-option"><input type="checkbox" checked={view.only_matching} onchange={only} />{ " Show matching only" }</label>
            </div>
            <fieldset>
                <legend>{ "Speakers" }</legend>
                <ul class="ql-options ql-speakers">{ speakers }{ for unattributed }</ul>
            </fieldset>
            <fieldset>
                <legend>{ "Issues" }</legend>
                <ul class="ql-options ql-issues">{ for issues }</ul>
            </fieldset>
            <fieldset>
                <legend>{ "Kind" }</legend>
                <ul class="ql-options ql-kinds">{ for kinds }</ul>
            </fieldset>
        </section>
    }
}
