//! The reader's own issues: add one with its words, rename, merge or remove one (as corrections
//! of this article, undoable), and export them as a taxonomy or load one for every article.

use std::rc::Rc;

use quotelens_engine::Analysis;
use yew::prelude::*;

use crate::corrections::Edit;

#[derive(Properties, PartialEq)]
pub struct IssueEditorProps {
    pub analysis: Rc<Analysis>,
    pub on_edit: Callback<Edit>,
    /// The name of the loaded taxonomy, None for the built-in one.
    pub taxonomy_name: Option<String>,
    pub on_export: Callback<()>,
    /// A taxonomy file's text (or why it could not be read), to load.
    pub on_load: Callback<Result<String, String>>,
    pub on_builtin: Callback<()>,
    /// Why the last taxonomy file could not be loaded.
    pub error: Option<String>,
}

fn input_value(event: InputEvent) -> Option<String> {
    event
        .target_dyn_into::<web_sys::HtmlInputElement>()
        .map(|i| i.value())
}

#[function_component(IssueEditor)]
pub fn issue_editor(props: &IssueEditorProps) -> Html {
    let label = use_state(String::new);
    let words = use_state(String::new);
    let chosen = use_state(String::new);
    let new_name = use_state(String::new);
    let into = use_state(String::new);
    let message = use_state(|| None::<String>);
    let issues = &props.analysis.issues;
    // The chosen issue, defaulting to the first one.
    let current = issues
        .iter()
        .find(|i| i.id == *chosen)
        .or_else(|| issues.first())
        .map(|i| i.id.clone())
        .unwrap_or_default();

    let text_field = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(value) = input_value(event) {
                state.set(value);
            }
        })
    };
    let select_field = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                state.set(select.value());
            }
        })
    };
    let add = {
        let (label, words, message, on_edit) = (
            label.clone(),
            words.clone(),
            message.clone(),
            props.on_edit.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let list: Vec<String> = words
                .split([',', ';'])
                .map(|w| w.trim().to_string())
                .filter(|w| !w.is_empty())
                .collect();
            if label.trim().is_empty() || list.is_empty() {
                message.set(Some(
                    "Give the issue a name and at least one word that signals it.".into(),
                ));
                return;
            }
            on_edit.emit(Edit::AddIssue {
                label: label.trim().to_string(),
                words: list,
            });
            message.set(Some(format!("Added “{}”.", label.trim())));
            label.set(String::new());
            words.set(String::new());
        })
    };
    let rename = {
        let (current, new_name, message, on_edit) = (
            current.clone(),
            new_name.clone(),
            message.clone(),
            props.on_edit.clone(),
        );
        Callback::from(move |_| {
            if new_name.trim().is_empty() {
                message.set(Some("Type the new name first.".into()));
                return;
            }
            on_edit.emit(Edit::RenameIssue {
                issue: current.clone(),
                label: new_name.trim().to_string(),
            });
            message.set(None);
            new_name.set(String::new());
        })
    };
    let merge = {
        let (current, into, message, on_edit) = (
            current.clone(),
            into.clone(),
            message.clone(),
            props.on_edit.clone(),
        );
        Callback::from(move |_| {
            if into.is_empty() || *into == current {
                message.set(Some("Choose another issue to merge into.".into()));
                return;
            }
            on_edit.emit(Edit::MergeIssues {
                from: current.clone(),
                into: (*into).clone(),
            });
            message.set(None);
            into.set(String::new());
        })
    };
    let remove = {
        let (current, on_edit) = (current.clone(), props.on_edit.clone());
        Callback::from(move |_| {
            on_edit.emit(Edit::RemoveIssue {
                issue: current.clone(),
            })
        })
    };
    let export = props.on_export.reform(|_| ());
    let builtin = props.on_builtin.reform(|_| ());
    let load = {
        let on_load = props.on_load.clone();
        Callback::from(move |event: Event| {
            let Some(file) = crate::files::chosen_file(&event) else {
                return;
            };
            crate::files::read_text(file, on_load.clone());
        })
    };

    html! {
        <details class="ql-issue-editor">
            <summary>{ "Edit issues" }</summary>
            <form class="ql-issue-add" onsubmit={add}>
                <label>{ "New issue " }<input class="ql-issue-label" type="text" value={(*label).clone()} oninput={text_field(&label)} placeholder="e.g. Fisheries" /></label>
                <label>{ "Words that signal it " }<input class="ql-issue-words" type="text" value={(*words).clone()} oninput={text_field(&words)} placeholder="cod, fishing quota, trawler" /></label>
                <button type="submit" class="ql-issue-add-button">{ "Add issue" }</button>
            </form>
            if !issues.is_empty() {
                <div class="ql-issue-change" role="group" aria-label="Change an issue">
                    <label>
                        { "Issue " }
                        <select class="ql-issue-choose" onchange={select_field(&chosen)}>
                            { for issues.iter().map(|i| html! { <option value={i.id.clone()} selected={i.id == current}>{ i.label.clone() }</option> }) }
                        </select>
                    </label>
                    <label>{ "New name " }<input class="ql-issue-rename" type="text" value={(*new_name).clone()} oninput={text_field(&new_name)} /></label>
                    <button type="button" class="ql-issue-rename-button" onclick={rename}>{ "Rename" }</button>
                    <label>
                        { "Merge into " }
                        <select class="ql-issue-into" onchange={select_field(&into)}>
                            <option value="" selected={into.is_empty()}>{ "—" }</option>
                            { for issues.iter().filter(|i| i.id != current).map(|i| html! { <option value={i.id.clone()} selected={i.id == *into}>{ i.label.clone() }</option> }) }
                        </select>
                    </label>
                    <button type="button" class="ql-issue-merge-button" onclick={merge}>{ "Merge" }</button>
                    <button type="button" class="ql-issue-remove-button" onclick={remove}>{ "Remove issue" }</button>
                </div>
            }
            if let Some(text) = &*message {
                <p class="ql-issue-message" role="status">{ text.clone() }</p>
            }
            <div class="ql-issue-taxonomy" role="group" aria-label="Issue lists">
                <p>{ match &props.taxonomy_name {
                    Some(name) => format!("Issues from your list “{name}”, for every article."),
                    None => "Issues from the built-in list for foreign-affairs news.".to_string(),
                } }</p>
                <button type="button" class="ql-issue-export" onclick={export}>{ "Export these issues" }</button>
                <label class="ql-file">{ "Load a list of issues (.json) " }<input class="ql-issue-load" type="file" accept=".json,application/json" onchange={load} /></label>
                if props.taxonomy_name.is_some() {
                    <button type="button" class="ql-issue-builtin" onclick={builtin}>{ "Use the built-in issues" }</button>
                }
                if let Some(error) = &props.error {
                    <p class="ql-error" role="alert">{ error.clone() }</p>
                }
            </div>
        </details>
    }
}
