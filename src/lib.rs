//! quotelens app: the explorer, a Yew single-page app over the engine's analysis.
//!
//! `main.rs` only calls [`start`]; everything else lives here so that tests can mount it.

mod app;
mod components;
pub mod corrections;
pub mod files;
#[cfg(target_arch = "wasm32")]
pub mod json_in;
#[cfg(target_arch = "wasm32")]
mod share;
pub mod state;
mod url;
#[cfg(target_arch = "wasm32")]
mod worker;

pub use app::App;

/// Mounts the app into `#quotelens-root` (or the body when the page has none), after
/// installing a panic hook that replaces the app with an error panel instead of a blank page.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    std::panic::set_hook(Box::new(|info| show_error_panel(&info.to_string())));
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document
        .get_element_by_id("quotelens-root")
        .or_else(|| document.body().map(Into::into));
    if let Some(root) = root {
        root.set_text_content(None);
        yew::Renderer::<App>::with_root(root).render();
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn start() {}

/// Replaces the app with a panel naming the error and a way back. Text only: no markup from
/// the message is ever interpreted.
#[cfg(target_arch = "wasm32")]
pub fn show_error_panel(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document
        .get_element_by_id("quotelens-root")
        .or_else(|| document.body().map(Into::into))
    else {
        return;
    };
    root.set_text_content(None);
    let make = |tag: &str, text: &str| {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(Some(text));
        Some(element)
    };
    if let Ok(panel) = document.create_element("section") {
        let _ = panel.set_attribute("class", "ql-error-panel");
        let _ = panel.set_attribute("role", "alert");
        if let Some(h) = make("h1", "quotelens stopped because of an error") {
            let _ = panel.append_child(&h);
        }
        if let Some(p) = make("pre", message) {
            let _ = panel.append_child(&p);
        }
        if let Some(a) = make("a", "Reload quotelens with the built-in article") {
            let _ = a.set_attribute("href", "?");
            let _ = panel.append_child(&a);
        }
        let _ = root.append_child(&panel);
    }
}
