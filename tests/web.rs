//! wasm-bindgen tests: the app mounted into an element of a real page in headless Chromium.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn mount() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    yew::Renderer::<quotelens_app::App>::with_root(host.clone()).render();
    yew::platform::time::sleep(Duration::from_millis(100)).await;
    host
}

#[wasm_bindgen_test]
async fn the_app_mounts_into_any_element_with_the_built_in_article() {
    let host = mount().await;
    let headline = host
        .query_selector(".ql-headline")
        .unwrap()
        .expect("a headline");
    assert_eq!(
        headline.text_content().unwrap(),
        quotelens_engine::SEED_ARTICLE.lines().next().unwrap()
    );
    let marks = host.query_selector_all("mark.ql-hl").unwrap().length();
    assert!(marks > 0, "statements are highlighted");
}

#[wasm_bindgen_test]
fn the_engine_runs_in_wasm_like_natively() {
    let analysis = quotelens_engine::analyze(quotelens_engine::SEED_ARTICLE, &Default::default());
    let json = serde_json::to_string(&analysis).unwrap();
    assert!(json.contains("\"schema\":\"quotelens/analysis@1\""));
    assert!(analysis.statements.len() >= 14);
}

#[wasm_bindgen_test]
fn the_error_panel_shows_the_message_as_text_with_a_way_back() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    root.set_id("quotelens-root");
    document.body().unwrap().append_child(&root).unwrap();
    quotelens_app::show_error_panel("boom <img src=x onerror=alert(1)>");
    let panel = root
        .query_selector(".ql-error-panel")
        .unwrap()
        .expect("an error panel");
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    assert!(panel.text_content().unwrap().contains("boom <img src=x"));
    assert!(
        panel.query_selector("img").unwrap().is_none(),
        "the message is text, not markup"
    );
    assert!(
        panel.query_selector("a[href]").unwrap().is_some(),
        "a way back"
    );
    root.remove();
}

#[wasm_bindgen_test]
fn the_browser_reader_reads_what_the_app_writes() {
    // An analysis with every optional field both present and null.
    let analysis = quotelens_engine::analyze(
        quotelens_engine::SEED_ARTICLE,
        &quotelens_engine::Config {
            taxonomy: None,
            discover_issues: true,
            ..Default::default()
        },
    );
    assert!(analysis.statements.iter().any(|s| s.cue.is_none()));
    let json = serde_json::to_string(&analysis).unwrap();
    let (text, read) = quotelens_app::files::analysis_from_json(&json).unwrap();
    assert_eq!(read, analysis);
    assert_eq!(text, quotelens_engine::SEED_ARTICLE.trim_end());
    let taxonomy = quotelens_engine::issues::builtin_taxonomy();
    let read = quotelens_app::files::taxonomy_from_json(&serde_json::to_string(taxonomy).unwrap())
        .unwrap();
    assert_eq!(&read, taxonomy);
    assert!(quotelens_app::files::taxonomy_from_json(
        "{\"issues\": [{\"id\": \"a\", \"label\": \"A\"}, {\"id\": \"a\", \"label\": \"B\"}]}"
    )
    .unwrap_err()
    .contains("twice"));
}
