//! The view in the page URL: read at start and on back/forward, written on every change.

use crate::state::View;

/// The query parameters the view owns (others, such as embed options, are left alone).
#[cfg(target_arch = "wasm32")]
const KEYS: [&str; 7] = [
    "speakers",
    "issues",
    "kinds",
    "q",
    "statement",
    "only",
    "theme",
];

#[cfg(target_arch = "wasm32")]
pub fn read_view() -> View {
    let Some(search) = web_sys::window().and_then(|w| w.location().search().ok()) else {
        return View::default();
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return View::default();
    };
    let keys = KEYS;
    let values: Vec<(&str, String)> = keys
        .iter()
        .filter_map(|k| params.get(k).map(|v| (*k, v)))
        .collect();
    View::from_query(values.iter().map(|(k, v)| (*k, v.as_str())))
}

#[cfg(not(target_arch = "wasm32"))]
pub fn read_view() -> View {
    View::default()
}

/// Writes the view into the URL, keeping parameters the view does not own (embed, src).
/// `push` makes a history entry (filter changes), otherwise the entry is replaced.
#[cfg(target_arch = "wasm32")]
pub fn write_view(view: &View, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return;
    };
    for key in KEYS {
        params.delete(key);
    }
    for (key, value) in view.to_query() {
        params.append(key, &value);
    }
    let query: String = params.to_string().into();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if url == format!("{path}{search}{hash}") {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = if push {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        };
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn write_view(_view: &View, _push: bool) {}

/// The `src` parameter: an article to fetch.
#[cfg(target_arch = "wasm32")]
pub fn source_param() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get("src")
        .filter(|s| !s.trim().is_empty())
}
