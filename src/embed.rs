//! The ways the app is shown: its own page, an iframe in someone's page (`?embed=1`, talking
//! to the parent with postMessage), or a custom element / auto-mounted div (dispatching DOM
//! events on its host). Protocol and snippets: docs/embedding.md.

use crate::state::{Theme, View};

/// How this instance of the app is shown.
#[derive(Clone, PartialEq, Default)]
pub enum Mode {
    /// The app's own page: the URL holds the view, back and forward work.
    #[default]
    Page,
    /// In an iframe (`?embed=1`): compact; messages go to `parent_origin` only, and only its
    /// messages are heard. Without a declared origin it sends and hears nothing.
    Frame { parent_origin: Option<String> },
    /// A `<quote-lens>` element or `<div data-quotelens>` in a host page: compact; the URL is
    /// the host's and is left alone; events are dispatched on `host`.
    #[cfg(target_arch = "wasm32")]
    Element { host: web_sys::Element },
}

impl Mode {
    pub fn embedded(&self) -> bool {
        !matches!(self, Mode::Page)
    }

    /// Whether the view lives in the page URL.
    pub fn owns_url(&self) -> bool {
        matches!(self, Mode::Page)
    }
}

/// What an embedder asks for: the view to start with and where the article comes from.
#[derive(Clone, PartialEq, Default)]
pub struct Options {
    pub view: View,
    /// An article URL to fetch.
    pub src: Option<String>,
    /// The article's text, given inline.
    pub text: Option<String>,
}

/// A message an embedder sends (iframe) or a call it makes (element).
#[derive(Debug, Clone, PartialEq)]
pub enum Inbound {
    LoadText(String),
    /// Filters to set; a field left out keeps its value.
    SetFilter {
        speakers: Option<Vec<String>>,
        issues: Option<Vec<String>>,
        kinds: Option<Vec<String>>,
        search: Option<String>,
    },
    SelectStatement(Option<String>),
    SetTheme(Theme),
}

impl View {
    /// The view with an embedder's filters set.
    pub fn with_filters(
        &self,
        speakers: &Option<Vec<String>>,
        issues: &Option<Vec<String>>,
        kinds: &Option<Vec<String>>,
        search: &Option<String>,
    ) -> View {
        let mut view = self.clone();
        if let Some(list) = speakers {
            view.speakers = list.iter().cloned().collect();
        }
        if let Some(list) = issues {
            view.issues = list.iter().cloned().collect();
        }
        if let Some(list) = kinds {
            view.kinds = list.iter().cloned().collect();
        }
        if let Some(text) = search {
            view.search = text.clone();
        }
        view
    }
}

#[cfg(target_arch = "wasm32")]
mod web {
    use super::*;
    use js_sys::{Array, Object, Reflect};
    use wasm_bindgen::{JsCast, JsValue};

    fn set(object: &Object, key: &str, value: &JsValue) {
        let _ = Reflect::set(object, &key.into(), value);
    }

    fn list<'a>(items: impl IntoIterator<Item = &'a String>) -> JsValue {
        items
            .into_iter()
            .map(|s| JsValue::from_str(s))
            .collect::<Array>()
            .into()
    }

    /// The view as a plain object: {speakers, issues, kinds, q, statement, theme}.
    pub fn view_object(view: &View) -> JsValue {
        let object = Object::new();
        set(&object, "speakers", &list(&view.speakers));
        set(&object, "issues", &list(&view.issues));
        set(&object, "kinds", &list(&view.kinds));
        set(&object, "q", &view.search.as_str().into());
        set(
            &object,
            "statement",
            &view
                .selected
                .as_deref()
                .map_or(JsValue::NULL, JsValue::from_str),
        );
        set(&object, "theme", &view.theme.as_str().into());
        object.into()
    }

    /// Tells the embedder something: a message to the parent frame (only to the declared
    /// origin) or a bubbling, composed event on the host element.
    pub fn notify(mode: &Mode, kind: &str, detail: &[(&str, JsValue)]) {
        let payload = Object::new();
        for (key, value) in detail {
            set(&payload, key, value);
        }
        match mode {
            Mode::Page => {}
            Mode::Frame { parent_origin } => {
                let Some(origin) = parent_origin else { return };
                set(&payload, "ns", &"quotelens".into());
                set(&payload, "v", &1.into());
                set(&payload, "type", &kind.into());
                let parent = web_sys::window().and_then(|w| w.parent().ok().flatten());
                if let Some(parent) = parent {
                    let _ = parent.post_message(&payload, origin);
                }
            }
            Mode::Element { host } => {
                // Only selection and state changes are events; ready and resize are for frames.
                if kind != "select" && kind != "state" {
                    return;
                }
                let init = web_sys::CustomEventInit::new();
                init.set_bubbles(true);
                init.set_composed(true);
                init.set_detail(&payload);
                if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(
                    &format!("quotelens-{kind}"),
                    &init,
                ) {
                    let _ = host.dispatch_event(&event);
                }
            }
        }
    }

    fn strings(value: &JsValue) -> Option<Vec<String>> {
        if value.is_undefined() || value.is_null() {
            return None;
        }
        if let Some(text) = value.as_string() {
            return Some(
                text.split(',')
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect(),
            );
        }
        let array = value.dyn_ref::<Array>()?;
        Some(array.iter().filter_map(|v| v.as_string()).collect())
    }

    /// Reads a message from the parent; anything not of the protocol is None.
    pub fn inbound(data: &JsValue) -> Option<Inbound> {
        let field = |key: &str| Reflect::get(data, &key.into()).unwrap_or(JsValue::UNDEFINED);
        if field("ns").as_string().as_deref() != Some("quotelens")
            || field("v").as_f64() != Some(1.0)
        {
            return None;
        }
        match field("type").as_string()?.as_str() {
            "load-text" => field("text").as_string().map(Inbound::LoadText),
            "set-filter" => Some(Inbound::SetFilter {
                speakers: strings(&field("speakers")),
                issues: strings(&field("issues")),
                kinds: strings(&field("kinds")),
                search: field("q").as_string(),
            }),
            "select-statement" => Some(Inbound::SelectStatement(field("id").as_string())),
            "set-theme" => field("theme")
                .as_string()
                .map(|t| Inbound::SetTheme(Theme::parse(&t))),
            _ => None,
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use web::{inbound, notify, view_object};

/// The iframe options in the page URL: `?embed=1&parentOrigin=...`.
#[cfg(target_arch = "wasm32")]
pub fn frame_mode() -> Option<Mode> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    (params.get("embed").as_deref() == Some("1")).then(|| Mode::Frame {
        parent_origin: params
            .get("parentOrigin")
            .filter(|o| !o.is_empty() && o != "*"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_embedders_filters_replace_only_what_they_name() {
        let start = View::from_query([("speakers", "a,b"), ("q", "tax"), ("theme", "dark")]);
        let view = start.with_filters(&None, &Some(vec!["sanctions".into()]), &None, &None);
        assert_eq!(view.speakers, start.speakers);
        assert_eq!(view.search, "tax");
        assert!(view.issues.contains("sanctions"));
        let cleared = view.with_filters(&Some(vec![]), &None, &None, &Some(String::new()));
        assert!(cleared.speakers.is_empty());
        assert!(cleared.search.is_empty());
        assert_eq!(cleared.theme, Theme::Dark);
        assert!(!Mode::Page.embedded() && Mode::Page.owns_url());
        let frame = Mode::Frame {
            parent_origin: None,
        };
        assert!(frame.embedded() && !frame.owns_url());
    }
}
