//! Loading another article: paste its text, or go back to the built-in one. Bad input gets a
//! message and the current article stays.

use yew::prelude::*;

use crate::app::Article;

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
    if control * 100 > text.chars().count() || text.contains('\u{0}') {
        return Err("This looks like binary data, not text. Paste the article's text.".into());
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
    let analyse = {
        let text = text.clone();
        let error = error.clone();
        let on_load = props.on_load.clone();
        Callback::from(move |_| match check_text(&text) {
            Ok(()) => {
                error.set(None);
                on_load.emit(Article::new(&text, false));
            }
            Err(message) => error.set(Some(message)),
        })
    };
    let builtin = {
        let on_load = props.on_load.clone();
        Callback::from(move |_| on_load.emit(Article::new(quotelens_engine::SEED_ARTICLE, true)))
    };
    html! {
        <section class="ql-loader" aria-label="Load an article">
            <label for="ql-paste">{ "Paste an article: the headline on the first line, one paragraph a line." }</label>
            <textarea id="ql-paste" rows="8" value={(*text).clone()} {oninput} />
            if let Some(message) = &*error {
                <p class="ql-error" role="alert">{ message.clone() }</p>
            }
            <div class="ql-loader-actions">
                <button type="button" class="ql-analyse" onclick={analyse}>{ "Analyse" }</button>
                <button type="button" onclick={builtin} disabled={props.current_is_builtin}>{ "Built-in article" }</button>
            </div>
        </section>
    }
}
