//! quotelens app: the explorer, a Yew single-page app over the engine's analysis.
//!
//! `main.rs` only calls [`start`]; everything else lives here so that tests can mount it.

mod app;
mod components;
pub mod corrections;
pub mod embed;
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

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The elements instances are mounted in: a panic shows its error panel in each.
    static ROOTS: std::cell::RefCell<Vec<web_sys::Element>> = const { std::cell::RefCell::new(Vec::new()) };
}

#[cfg(target_arch = "wasm32")]
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| show_error_panel(&info.to_string())));
    });
}

/// Mounts the app into the page's `#quotelens-root` (its own page, or an iframe with
/// `?embed=1`). A page without that element is a host page: the loader mounts instances into
/// elements with [`mount`] instead.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    install_panic_hook();
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("quotelens-root"))
    else {
        return;
    };
    root.set_text_content(None);
    ROOTS.with(|roots| roots.borrow_mut().push(root.clone()));
    let props = app::AppProps {
        mode: embed::frame_mode().unwrap_or_default(),
        options: Default::default(),
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

/// Where the app's files are (the loader's own address), for a host page on another origin.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn set_base(url: String) {
    worker::set_base(url);
}

/// An app mounted in a host page's element; `destroy` removes it and its listeners.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub struct Instance {
    handle: Option<yew::AppHandle<App>>,
    root: web_sys::Element,
    host: web_sys::Element,
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
impl Instance {
    /// New attributes of the element (speakers, issues, kinds, theme): the view follows.
    pub fn update(&mut self, options: wasm_bindgen::JsValue) {
        let props = element_props(self.host.clone(), &options);
        if let Some(handle) = self.handle.as_mut() {
            handle.update(props);
        }
    }

    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        ROOTS.with(|roots| roots.borrow_mut().retain(|r| r != &self.root));
    }
}

/// Mounts an instance into `root` (inside the host element's shadow root). `host` receives
/// the `quotelens-select` and `quotelens-state` events. `options`: {src, text, speakers,
/// issues, theme} (strings; lists comma-separated). Called by the loader, quotelens.js.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount(
    root: web_sys::Element,
    host: web_sys::Element,
    options: wasm_bindgen::JsValue,
) -> Instance {
    install_panic_hook();
    let props = element_props(host.clone(), &options);
    ROOTS.with(|roots| roots.borrow_mut().push(root.clone()));
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    Instance {
        handle: Some(handle),
        root,
        host,
    }
}

/// An element's properties from its attributes: {src, text, speakers, issues, kinds, theme}.
#[cfg(target_arch = "wasm32")]
fn element_props(host: web_sys::Element, options: &wasm_bindgen::JsValue) -> app::AppProps {
    let field = |key: &str| {
        js_sys::Reflect::get(options, &key.into())
            .ok()
            .and_then(|v| v.as_string())
            .filter(|v| !v.trim().is_empty())
    };
    let pairs: Vec<(&str, String)> = ["speakers", "issues", "kinds", "theme"]
        .into_iter()
        .filter_map(|key| field(key).map(|v| (key, v)))
        .collect();
    app::AppProps {
        mode: embed::Mode::Element { host },
        options: embed::Options {
            view: state::View::from_query(pairs.iter().map(|(k, v)| (*k, v.as_str()))),
            src: field("src"),
            text: field("text"),
        },
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn start() {}

/// Replaces every instance with a panel naming the error and a way back. Text only: no markup
/// from the message is ever interpreted.
#[cfg(target_arch = "wasm32")]
pub fn show_error_panel(message: &str) {
    let mut roots = ROOTS.with(|roots| roots.borrow().clone());
    if roots.is_empty() {
        // Not mounted yet (a panic while starting): the page's own root, if it has one.
        roots.extend(
            web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("quotelens-root")),
        );
    }
    for root in roots {
        error_panel_in(&root, message);
    }
}

#[cfg(target_arch = "wasm32")]
fn error_panel_in(root: &web_sys::Element, message: &str) {
    let Some(document) = root.owner_document() else {
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
