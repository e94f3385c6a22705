//! Embedding: the examples/ host pages, served from another origin than the app and under the
//! Content-Security-Policy of docs/embedding.md (a real header), with the iframe, two custom
//! elements and an auto-mounted div.

use std::time::Duration;

use serde_json::Value;

use crate::harness::{self, Browser};

/// The CSP docs/embedding.md gives hosts, for an app served at `app`.
fn csp(app: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' {app} 'wasm-unsafe-eval'; style-src 'self'; \
         connect-src 'self' {app}; worker-src 'self' blob:; frame-src {app}; img-src 'self' data:"
    )
}

/// The examples with the app's address filled in, served with the CSP: the host's base URL.
fn host() -> String {
    let app = harness::app_url();
    let folder = harness::root().join("target").join("e2e-embed");
    std::fs::create_dir_all(&folder).unwrap();
    for entry in std::fs::read_dir(harness::root().join("examples")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let text = text.replace("http://127.0.0.1:8080/", &format!("{app}/"));
        std::fs::write(folder.join(path.file_name().unwrap()), text).unwrap();
    }
    let header: &'static str = Box::leak(csp(app).into_boxed_str());
    let headers: &'static [(&'static str, &'static str)] =
        Box::leak(vec![("Content-Security-Policy", header)].into_boxed_slice());
    harness::serve(folder, headers)
}

/// A browser on an example host page (served from another origin than the app).
async fn open_example(page: &str, width: u32, height: u32) -> (String, Browser) {
    let host = host();
    let browser = Browser::start(width, height).await;
    browser
        .client
        .goto(&format!("{host}/{page}"))
        .await
        .unwrap();
    (host, browser)
}

async fn poll(browser: &Browser, script: &str, what: &str) -> Value {
    for _ in 0..200 {
        let value = browser.js(script).await;
        if !value.is_null() && value != false {
            return value;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("timed out waiting for {what}");
}

#[tokio::test]
async fn the_iframe_reports_ready_resizes_answers_set_filter_and_ignores_strangers() {
    let (host, browser) = open_example("iframe.html", 1280, 900).await;
    poll(
        &browser,
        "return quotelensMessages.some(m => m.type === 'ready')",
        "ready",
    )
    .await;
    // The host sizes the frame to the latest height it reported (content may settle a while).
    poll(
        &browser,
        "const r = quotelensMessages.filter(m => m.type === 'resize').pop();
         const h = document.getElementById('quotelens').getBoundingClientRect().height;
         return !!r && r.height > 300 && Math.abs(h - r.height) < 4",
        "the frame sized to its content",
    )
    .await;
    browser.click("#only-blinken").await;
    let state = poll(
        &browser,
        "const s = quotelensMessages.filter(m => m.type === 'state').pop(); return s && s.view.speakers.length ? s.view : null",
        "a state message after set-filter",
    )
    .await;
    assert_eq!(state["speakers"], serde_json::json!(["antony-blinken"]));
    // Inside the frame, the filter is set.
    browser.client.clone().enter_frame(0).await.unwrap();
    let checked = browser
        .js("return [...document.querySelectorAll('.ql-speakers input:checked')].map(i => i.dataset.speaker)")
        .await;
    assert_eq!(checked, serde_json::json!(["antony-blinken"]));
    assert!(
        browser
            .js("return !!document.querySelector('.ql-app.ql-embedded')")
            .await
            == true
    );
    browser.client.clone().enter_parent_frame().await.unwrap();
    // select-statement answers with a select message; set-theme and load-text are obeyed.
    browser
        .js("quotelensSend({ type: 'select-statement', id: 's3' }); quotelensSend({ type: 'set-theme', theme: 'dark' });")
        .await;
    let selected = poll(
        &browser,
        "return quotelensMessages.find(m => m.type === 'select' && m.id === 's3') || null",
        "a select message",
    )
    .await;
    assert!(selected["text"].as_str().is_some_and(|t| !t.is_empty()));
    poll(
        &browser,
        "const s = quotelensMessages.filter(m => m.type === 'state').pop(); return s.view.theme === 'dark'",
        "the dark theme",
    )
    .await;
    browser
        .js("quotelensSend({ type: 'load-text', text: 'Bridge reopens\\n“It is safe again,” said Ada Lind.' })")
        .await;
    browser.client.clone().enter_frame(0).await.unwrap();
    poll(
        &browser,
        "const h = document.querySelector('.ql-headline'); return h && h.textContent === 'Bridge reopens'",
        "the article sent by the host",
    )
    .await;
    browser.client.clone().enter_parent_frame().await.unwrap();
    browser.screenshot("embed-iframe").await;

    // A page on another origin, embedding the frame as if it were that host: its messages are
    // ignored and it hears nothing.
    let stranger = harness::serve(harness::root().join("target").join("e2e-embed"), &[]);
    browser
        .client
        .goto(&format!(
            "{stranger}/iframe.html?parentOrigin={}",
            url::form_urlencoded::byte_serialize(host.as_bytes()).collect::<String>()
        ))
        .await
        .unwrap();
    browser.wait_for("#quotelens").await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    browser
        .js("quotelensSend({ type: 'set-filter', speakers: ['antony-blinken'] })")
        .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        browser.js("return quotelensMessages.length").await,
        0,
        "nothing is sent to an undeclared origin"
    );
    browser.client.clone().enter_frame(0).await.unwrap();
    browser.wait_for(".ql-headline").await;
    let checked = browser
        .js("return document.querySelectorAll('.ql-speakers input:checked').length")
        .await;
    assert_eq!(checked, 0, "a message from a wrong origin changes nothing");
    browser.close().await;
}

/// Runs a script inside a widget's shadow root: `root` is bound to it.
fn in_widget(id: &str, body: &str) -> String {
    format!("const root = document.getElementById('{id}').shadowRoot; {body}")
}

#[tokio::test]
async fn two_elements_keep_apart_survive_hostile_css_leak_nothing_and_free_themselves() {
    let (_, browser) = open_example("element.html", 1280, 1000).await;
    for (id, headline) in [
        ("first", "Harbour plan approved"),
        ("second", "School meals get cheaper"),
    ] {
        let found = poll(
            &browser,
            &in_widget(
                id,
                &format!("const h = root && root.querySelector('.ql-headline'); return h && h.textContent === '{headline}' ? h.textContent : null"),
            ),
            "a widget's article",
        )
        .await;
        assert_eq!(found, headline);
    }
    // Each widget has its own filters: the first shows only Mara Olsen, the second everyone.
    let shown = |id: &str| {
        in_widget(
            id,
            "return [...root.querySelectorAll('mark.ql-hl')].filter(m => {
               const bg = getComputedStyle(m).backgroundColor;
               return bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent';
             }).map(m => m.dataset.speaker)",
        )
    };
    let first: Vec<String> = serde_json::from_value(browser.js(&shown("first")).await).unwrap();
    assert!(
        !first.is_empty() && first.iter().all(|s| s == "mara-olsen"),
        "{first:?}"
    );
    let second: Vec<String> = serde_json::from_value(browser.js(&shown("second")).await).unwrap();
    assert!(second.contains(&"ines-duarte".to_string()), "{second:?}");
    // A click in the second changes only the second, and tells the page which one it was.
    browser
        .js(&in_widget(
            "second",
            "root.querySelector('.ql-speakers input[data-speaker]').click()",
        ))
        .await;
    poll(
        &browser,
        "return quotelensEvents.some(e => e.type === 'quotelens-state' && e.target === 'second' && e.detail.view.speakers.length === 1)",
        "a state event from the second widget",
    )
    .await;
    let again: Vec<String> = serde_json::from_value(browser.js(&shown("first")).await).unwrap();
    assert_eq!(again, first, "the first widget did not change");
    browser
        .js(&in_widget(
            "first",
            "root.querySelector('.ql-article mark[tabindex]').click()",
        ))
        .await;
    let selected = poll(
        &browser,
        "return quotelensEvents.find(e => e.type === 'quotelens-select' && e.target === 'first') || null",
        "a select event",
    )
    .await;
    assert_eq!(selected["detail"]["speaker"], "mara-olsen");
    // Keyboard shortcuts act on the widget that has the focus only.
    let selects =
        "return quotelensEvents.filter(e => e.type === 'quotelens-select').map(e => e.target)";
    let before: Vec<String> = serde_json::from_value(browser.js(selects).await).unwrap();
    browser
        .js(&in_widget(
            "second",
            "root.querySelector('.ql-app').focus()",
        ))
        .await;
    browser.keys("j").await;
    poll(
        &browser,
        &format!(
            "return quotelensEvents.filter(e => e.type === 'quotelens-select').length > {}",
            before.len()
        ),
        "a select event after j",
    )
    .await;
    let after: Vec<String> = serde_json::from_value(browser.js(selects).await).unwrap();
    assert_eq!(
        &after[before.len()..],
        ["second"],
        "only the focused widget moved"
    );
    // A changed attribute changes that widget's filter.
    browser
        .js("document.getElementById('first').setAttribute('speakers', 'tibor-kask')")
        .await;
    poll(
        &browser,
        &in_widget(
            "first",
            "const shown = [...root.querySelectorAll('mark.ql-hl')].filter(m => getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)').map(m => m.dataset.speaker);
             return shown.length > 0 && shown.every(s => s === 'tibor-kask')",
        ),
        "the first widget to follow its new attribute",
    )
    .await;
    // The host's theming reaches in through custom properties and ::part.
    let themed = browser
        .js(&in_widget(
            "first",
            "return [getComputedStyle(root.querySelector('.ql-app')).fontFamily, getComputedStyle(root.querySelector('[part=root]')).overflowY]",
        ))
        .await;
    assert!(themed[0].as_str().unwrap().contains("Georgia"), "{themed}");
    assert_eq!(themed[1], "auto");

    // The host's careless CSS (red text, hidden marks) does not reach inside.
    let inside = browser
        .js(&in_widget(
            "first",
            "const m = root.querySelector('mark.ql-hl'); const s = getComputedStyle(m);
             return [s.display, s.color, getComputedStyle(root.querySelector('.ql-headline')).color]",
        ))
        .await;
    assert_ne!(inside[0], "none", "highlights stay visible");
    assert_ne!(inside[1], "rgb(255, 0, 0)");
    assert_ne!(inside[2], "rgb(255, 0, 0)");
    // And the widget's CSS changes nothing outside: the host's own .ql-hl mark is untouched.
    let outside = browser
        .js("const s = getComputedStyle(document.getElementById('outside-mark')); return [s.backgroundColor, s.borderBottomStyle, getComputedStyle(document.body).fontFamily]")
        .await;
    assert_eq!(outside[0], "rgb(255, 255, 0)", "a browser's default mark");
    assert_eq!(outside[1], "none");
    assert!(outside[2].as_str().unwrap().contains("Georgia"));
    browser.screenshot("embed-elements").await;

    // Removing the first frees it: its DOM is gone, it dispatches nothing more, no error.
    browser
        .js("window.firstWidget = document.getElementById('first'); firstWidget.remove();")
        .await;
    poll(
        &browser,
        "return !firstWidget.shadowRoot.querySelector('.ql-app')",
        "the removed widget to empty",
    )
    .await;
    let before = browser.js("return quotelensEvents.length").await;
    browser
        .js("firstWidget.shadowRoot.dispatchEvent(new Event('selectionchange')); document.dispatchEvent(new Event('selectionchange')); history.pushState(null, '', '#x'); dispatchEvent(new PopStateEvent('popstate'));")
        .await;
    // The second still works.
    browser
        .js(&in_widget(
            "second",
            "root.querySelector('.ql-speakers input[data-speaker]').click()",
        ))
        .await;
    poll(
        &browser,
        &format!("return quotelensEvents.length > {before}"),
        "the second widget's event",
    )
    .await;
    let from_first = browser
        .js(&format!(
            "return quotelensEvents.slice({before}).filter(e => e.target === 'first').length"
        ))
        .await;
    assert_eq!(from_first, 0);
    assert_eq!(
        browser.js("return quotelensErrors").await,
        serde_json::json!([])
    );
    browser.close().await;
}

#[tokio::test]
async fn a_plain_div_is_mounted_with_an_article_from_the_host_under_its_csp() {
    let (_, browser) = open_example("automount.html", 1280, 900).await;
    let headline = poll(
        &browser,
        &in_widget(
            "widget",
            "const h = root && root.querySelector('.ql-headline'); return h && h.textContent.startsWith('Ferry') ? h.textContent : null",
        ),
        "the auto-mounted article",
    )
    .await;
    assert_eq!(headline, "Ferry strike ends after talks");
    let speakers = browser
        .js(&in_widget(
            "widget",
            "return [...root.querySelectorAll('.ql-speakers .ql-option-name')].map(e => e.textContent)",
        ))
        .await;
    assert!(
        speakers
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s == "Rosa Lindqvist"),
        "{speakers}"
    );
    assert_eq!(
        browser.js("return quotelensErrors").await,
        serde_json::json!([])
    );
    browser.screenshot("embed-automount").await;
    browser.close().await;
}
