//! The page's side of the analysis worker (src/bin/worker.rs): a long article is analysed off
//! the main thread, so the page keeps answering clicks, and its progress is shown.

use quotelens_engine::Analysis;
use wasm_bindgen::JsCast;
use yew::Callback;

/// Articles longer than this (bytes) are analysed in the worker; shorter ones take a few
/// milliseconds on the page.
pub const THRESHOLD: usize = 200 * 1024;

/// A running analysis. Dropping it stops the worker.
pub struct Job {
    worker: web_sys::Worker,
    _listener: gloo::events::EventListener,
    _errors: gloo::events::EventListener,
}

impl Drop for Job {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

thread_local! {
    /// Where the app's files are, when a host page loaded it (set by the loader).
    static BASE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// The address of the app's files, for an app loaded into someone else's page.
pub fn set_base(url: String) {
    BASE.with(|base| *base.borrow_mut() = Some(url));
}

/// The worker's script, next to the app's files. A browser starts workers only from the
/// page's own origin: for an app loaded from another origin, a small script made on the spot
/// (a blob: URL) imports the worker from there.
fn worker_url() -> Option<String> {
    let window = web_sys::window()?;
    let base = BASE
        .with(|base| base.borrow().clone())
        .or_else(|| window.document()?.base_uri().ok()?)?;
    let script = web_sys::Url::new_with_base("worker_loader.js", &base).ok()?;
    if script.origin() == window.location().origin().ok()? {
        return Some(script.href());
    }
    let js = web_sys::Url::new_with_base("worker.js", &base).ok()?.href();
    let wasm = web_sys::Url::new_with_base("worker_bg.wasm", &base)
        .ok()?
        .href();
    let source = format!("importScripts({js:?});wasm_bindgen({wasm:?});");
    let parts = js_sys::Array::of1(&source.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/javascript");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Starts analysing `text` with the taxonomy (JSON, None for the built-in one).
pub fn start(
    text: &str,
    taxonomy: Option<String>,
    on_progress: Callback<u8>,
    on_done: Callback<Result<Analysis, String>>,
) -> Result<Job, String> {
    let failed = |_| "The analysis worker could not start in this browser.".to_string();
    let url = worker_url().ok_or("The analysis worker could not be found.")?;
    let worker = web_sys::Worker::new(&url).map_err(failed)?;
    let job = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&job, &"text".into(), &text.into());
    let taxonomy = taxonomy.map_or(wasm_bindgen::JsValue::NULL, |t| t.into());
    let _ = js_sys::Reflect::set(&job, &"taxonomy".into(), &taxonomy);
    let sender = worker.clone();
    let failed_done = on_done.clone();
    let errors = gloo::events::EventListener::new(&worker, "error", move |_| {
        failed_done.emit(Err("the analysis worker stopped with an error".to_string()))
    });
    let listener = gloo::events::EventListener::new(&worker, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let data = event.data();
        let field = |key: &str| js_sys::Reflect::get(&data, &key.into()).unwrap_or_default();
        if field("ready").is_truthy() {
            // The worker listens only once its wasm is loaded.
            let _ = sender.post_message(&job);
        } else if let Some(percent) = field("progress").as_f64() {
            on_progress.emit(percent as u8);
        } else if let Some(json) = field("analysis").as_string() {
            on_done.emit(crate::json_in::analysis(&json));
        } else if let Some(error) = field("error").as_string() {
            on_done.emit(Err(error));
        }
    });
    Ok(Job {
        worker,
        _listener: listener,
        _errors: errors,
    })
}
