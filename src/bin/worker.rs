//! The analysis worker: runs the engine off the page's main thread, so that a long article
//! never freezes the page. Built by Trunk as a separate wasm (index.html, data-type="worker")
//! and loaded only when an article is long (see src/worker.rs for the page's side).
//!
//! Messages in: `{text, taxonomy}` (taxonomy: a JSON string or null). Out: `{ready: true}` once
//! listening, `{progress: percent}` while analysing, then `{analysis: json}` or `{error: text}`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let post = {
        let scope = scope.clone();
        move |key: &str, value: JsValue| {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &key.into(), &value);
            let _ = scope.post_message(&message);
        }
    };
    let reply = post.clone();
    let onmessage =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            let field = |key: &str| {
                js_sys::Reflect::get(&data, &key.into())
                    .ok()
                    .and_then(|v| v.as_string())
            };
            let Some(text) = field("text") else {
                reply("error", "the worker got no text".into());
                return;
            };
            let taxonomy =
                match field("taxonomy").map(|json| quotelens_engine::Taxonomy::from_json(&json)) {
                    None => None,
                    Some(Ok(taxonomy)) => Some(taxonomy),
                    Some(Err(message)) => {
                        reply("error", message.into());
                        return;
                    }
                };
            let config = quotelens_engine::Config {
                taxonomy,
                discover_issues: true,
                ..Default::default()
            };
            let mut last = 0;
            let analysis =
                quotelens_engine::analyze_with_progress(&text, &config, &mut |percent| {
                    if percent > last {
                        last = percent;
                        reply("progress", f64::from(percent).into());
                    }
                });
            match serde_json::to_string(&analysis) {
                Ok(json) => reply("analysis", json.into()),
                Err(e) => reply("error", e.to_string().into()),
            }
        });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    post("ready", true.into());
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the quotelens analysis worker runs in a browser; see index.html");
}
