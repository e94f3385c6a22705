//! Loading another article: paste its text or open a .txt, .md or .html file, or go back to
//! the built-in one. Bad input gets a message and the current article stays.

use yew::prelude::*;

use crate::app::{Article, Origin};

/// The largest article the app analyses, in bytes.
pub const MAX_ARTICLE_BYTES: usize = 5 * 1024 * 1024;

#[derive(Properties, PartialEq)]
pub struct LoaderProps {
    pub on_load: Callback<Article>,
    pub current_is_builtin: bool,
}

/// Why a text cannot be analysed, in words for the reader.
pub fn check_text(text: &str) -> Result<(), String> {
    if text.trim().is_empty() {
        return Err("The text is empty: paste an article first.".into());
    }
    if text.len() > MAX_ARTICLE_BYTES {
        // Whole tenths of a megabyte, without pulling float formatting into the wasm.
        let tenths = text.len() * 10 / 1_048_576;
        return Err(format!(
            "The text is {}.{} MB; the limit is {} MB. Paste a shorter article.",
            tenths / 10,
            tenths % 10,
            MAX_ARTICLE_BYTES / 1_048_576
        ));
    }
    let control = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .count();
    if control * 100 > text.chars().count() || text.contains('\u{0}') || text.contains('\u{FFFD}') {
        return Err(
            "This looks like binary data, not text. Paste or open the article's text.".into(),
        );
    }
    Ok(())
}

#[function_component(Loader)]
pub fn loader(props: &LoaderProps) -> Html {
    let text = use_state(String::new);
    let error = use_state(|| None::<String>);
    let oninput = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                text.set(area.value());
            }
        })
    };
    let load = {
        let error = error.clone();
        let on_load = props.on_load.clone();
        Callback::from(move |content: String| match check_text(&content) {
            Ok(()) => {
                error.set(None);
                on_load.emit(Article::new(&content, Origin::Own));
            }
            Err(message) => error.set(Some(message)),
        })
    };
    let analyse = {
        let text = text.clone();
        let load = load.clone();
        Callback::from(move |_| load.emit((*text).clone()))
    };
    let onchange = {
        let error = error.clone();
        let on_load = props.on_load.clone();
        Callback::from(move |event: Event| {
            let Some(file) = crate::files::chosen_file(&event) else {
                return;
            };
            let error = error.clone();
            open_file(
                file,
                on_load.clone(),
                Callback::from(move |message| error.set(Some(message))),
            );
        })
    };
    let builtin = {
        let on_load = props.on_load.clone();
        Callback::from(move |_| {
            on_load.emit(Article::new(
                quotelens_engine::SEED_ARTICLE,
                Origin::Builtin,
            ))
        })
    };
    html! {
        <section class="ql-loader" aria-label="Load an article">
            <label for="ql-paste">{ "Paste an article (the headline on the first line, one paragraph a line), or drop a file anywhere on the page." }</label>
            <textarea id="ql-paste" rows="8" value={(*text).clone()} {oninput} />
            <div class="ql-loader-actions">
                <button type="button" class="ql-analyse" onclick={analyse}>{ "Analyse" }</button>
                <label class="ql-file">
                    { "Open a file (.txt, .md, .html, or a quotelens .json export): " }
                    <input type="file" accept=".txt,.md,.markdown,.html,.htm,.json,text/plain,text/html,text/markdown,application/json" {onchange} />
                </label>
                <button type="button" onclick={builtin} disabled={props.current_is_builtin}>{ "Built-in article" }</button>
            </div>
            if let Some(message) = &*error {
                <p class="ql-error" role="alert">{ message.clone() }</p>
            }
        </section>
    }
}

/// Opens a chosen or dropped file as an article: HTML pages give their article text only; an
/// exported analysis (JSON) opens as it was saved. Whatever cannot be opened is explained.
pub fn open_file(file: web_sys::File, on_load: Callback<Article>, error: Callback<String>) {
    let name = file.name();
    // An exported analysis holds the text several times over (spans, runs).
    let json = name.to_ascii_lowercase().ends_with(".json");
    let limit = if json { 4.0 } else { 1.0 } * MAX_ARTICLE_BYTES as f64;
    if file.size() > limit {
        error.emit(format!(
            "{name} is larger than the {} MB limit. Open a shorter article.",
            MAX_ARTICLE_BYTES / 1_048_576
        ));
        return;
    }
    crate::files::read_file_text(file, move |result| {
        let text = match result {
            Ok(text) => text,
            Err(message) => return error.emit(message),
        };
        if json || text.trim_start().starts_with('{') {
            match crate::files::analysis_from_json(&text) {
                Ok((text, analysis)) => on_load.emit(Article::imported(&text, analysis)),
                Err(message) => error.emit(message),
            }
            return;
        }
        let text = if crate::files::looks_like_html(&name, &text) {
            match crate::files::html_to_text(&text) {
                Some(article) => article,
                None => {
                    return error.emit(format!(
                        "{name} has no article text that quotelens could find."
                    ))
                }
            }
        } else {
            text
        };
        match check_text(&text) {
            Ok(()) => on_load.emit(Article::new(&text, Origin::Own)),
            Err(message) => error.emit(message),
        }
    });
}
