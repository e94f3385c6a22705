//! End-to-end tests: the built app (dist/) in headless Chromium, checked as a reader sees it.
//! Run by scripts/test.sh after `trunk build`; screenshots go to target/e2e-screenshots/.
#![cfg(not(target_arch = "wasm32"))]

mod editing;
mod embedding;
mod harness;
mod scale;
mod schema;
mod share;

use std::collections::BTreeSet;

use harness::Browser;
use quotelens_engine::{analyze, Config, SEED_ARTICLE};
use serde_json::Value;

fn gold() -> Value {
    serde_json::from_str(include_str!("../fixtures/seed-gold.json")).expect("gold fixture")
}

fn sorted(list: Vec<String>) -> Vec<String> {
    let mut list = list;
    list.sort();
    list
}

#[tokio::test]
async fn opens_on_the_built_in_article_rendered_from_the_engine() {
    let browser = Browser::start(1280, 900).await;
    browser.open("").await;
    let headline = browser.text(".ql-headline").await;
    assert_eq!(headline.trim(), SEED_ARTICLE.lines().next().unwrap());
    let paragraphs = browser
        .js("return document.querySelectorAll('.ql-article p').length")
        .await;
    assert_eq!(paragraphs, SEED_ARTICLE.lines().count() - 1);
    // Every statement the engine finds is highlighted, and each one is announced by speaker.
    let analysis = analyze(SEED_ARTICLE, &Config::default());
    let shown = browser.highlighted().await;
    assert_eq!(shown.len(), analysis.statements.len());
    let announced = browser.js("return [...document.querySelectorAll('.ql-article .ql-sr')].map(e => e.textContent).filter(t => t.startsWith('Statement by')).length").await;
    assert_eq!(announced, analysis.statements.len());
    browser.screenshot("light").await;
    browser.close().await;
}

#[tokio::test]
async fn filtering_by_each_speaker_highlights_exactly_that_speakers_statements() {
    let gold = gold();
    let browser = Browser::start(1280, 900).await;
    browser.open("").await;
    for speaker in gold["speakers"].as_array().unwrap() {
        let id = speaker["id"].as_str().unwrap();
        let expected: Vec<String> = gold["statements"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["speaker"] == id && s["required"] == true)
            .map(|s| s["content"].as_str().unwrap().to_string())
            .collect();
        browser
            .click(&format!(".ql-speakers input[data-speaker='{id}']"))
            .await;
        let shown = browser.highlighted().await;
        assert_eq!(
            sorted(shown),
            sorted(expected),
            "highlights when filtering by {id}"
        );
        // The statement list follows the same filter.
        assert_eq!(browser.listed().await, browser.highlighted().await.len());
        browser
            .click(&format!(".ql-speakers input[data-speaker='{id}']"))
            .await;
    }
    browser.close().await;
}

#[tokio::test]
async fn filtering_by_an_issue_highlights_the_statements_tagged_with_it() {
    let browser = Browser::start(1280, 900).await;
    browser.open("").await;
    // The app's own exported analysis says which statements speak to which issue.
    let analysis: quotelens_engine::Analysis =
        serde_json::from_str(&browser.exported_json().await).expect("the export parses");
    assert!(analysis.issues.len() >= 5);
    for issue in &analysis.issues {
        let expected: Vec<String> = analysis
            .statements
            .iter()
            .filter(|s| s.issues.contains(&issue.id))
            .map(|s| s.content.text.clone())
            .collect();
        browser
            .click(&format!(".ql-issues input[data-issue='{}']", issue.id))
            .await;
        assert_eq!(
            sorted(browser.highlighted().await),
            sorted(expected),
            "issue {}",
            issue.id
        );
        browser
            .click(&format!(".ql-issues input[data-issue='{}']", issue.id))
            .await;
    }
    browser.close().await;
}

#[tokio::test]
async fn a_matrix_cell_sets_the_speaker_and_the_issue_filter() {
    let browser = Browser::start(1280, 900).await;
    browser.open("").await;
    browser
        .click(".ql-cell[data-speaker='antony-blinken'][data-issue='arms-control']")
        .await;
    let speaker = browser.js("return document.querySelector(\".ql-speakers input[data-speaker='antony-blinken']\").checked").await;
    let issue = browser.js("return document.querySelector(\".ql-issues input[data-issue='arms-control']\").checked").await;
    assert_eq!((speaker, issue), (Value::Bool(true), Value::Bool(true)));
    let shown = browser.highlighted().await;
    assert_eq!(shown.len(), 1);
    assert!(shown[0].contains("arms control"));
    browser.close().await;
}

#[tokio::test]
async fn a_copied_link_reopens_the_same_view_and_back_undoes_a_filter() {
    let browser = Browser::start(1280, 900).await;
    browser.open("").await;
    browser
        .click(".ql-speakers input[data-speaker='russia']")
        .await;
    browser.click(".ql-kinds input[data-kind='indirect']").await;
    browser
        .click(".ql-app .ql-actions button[aria-label^='Switch']")
        .await;
    let url = browser.client.current_url().await.unwrap().to_string();
    assert!(
        url.contains("speakers=russia") && url.contains("kinds=indirect"),
        "{url}"
    );
    let before = sorted(browser.highlighted().await);
    assert_eq!(before.len(), 2);
    let theme = browser
        .js("return document.querySelector('.ql-app').dataset.theme")
        .await;
    browser.close().await;

    let again = Browser::start(1280, 900).await;
    again.client.goto(&url).await.unwrap();
    again.wait_for(".ql-headline").await;
    assert_eq!(sorted(again.highlighted().await), before);
    assert_eq!(
        again
            .js("return document.querySelector('.ql-app').dataset.theme")
            .await,
        theme
    );
    // Back removes the theme change, then the kind filter; forward brings it back.
    again
        .client
        .goto(&format!("{}/", harness::app_url()))
        .await
        .unwrap();
    again.wait_for(".ql-headline").await;
    again
        .click(".ql-speakers input[data-speaker='russia']")
        .await;
    again.click(".ql-kinds input[data-kind='direct']").await;
    again.client.back().await.unwrap();
    let kinds = again
        .js("return document.querySelector(\".ql-kinds input[data-kind='direct']\").checked")
        .await;
    assert_eq!(kinds, Value::Bool(false));
    let russia = analyze(SEED_ARTICLE, &Config::default())
        .statements
        .iter()
        .filter(|s| s.speaker.as_deref() == Some("russia"))
        .count();
    assert_eq!(again.highlighted().await.len(), russia);
    again.client.forward().await.unwrap();
    let kinds = again
        .js("return document.querySelector(\".ql-kinds input[data-kind='direct']\").checked")
        .await;
    assert_eq!(kinds, Value::Bool(true));
    again.close().await;
}

#[tokio::test]
async fn keyboard_visits_statements_in_text_order_and_shortcuts_can_be_turned_off() {
    let analysis = analyze(SEED_ARTICLE, &Config::default());
    let browser = Browser::start(1280, 900).await;
    browser.open("").await;
    browser
        .js("document.querySelector('.ql-app').focus()")
        .await;
    let mut visited = Vec::new();
    for _ in 0..analysis.statements.len() {
        browser.keys("j").await;
        let url = browser.client.current_url().await.unwrap();
        let selected = url
            .query_pairs()
            .find(|(k, _)| k == "statement")
            .map(|(_, v)| v.to_string());
        visited.push(selected.unwrap_or_default());
    }
    let expected: Vec<String> = analysis.statements.iter().map(|s| s.id.clone()).collect();
    assert_eq!(visited, expected);
    browser.keys("k").await;
    let url = browser.client.current_url().await.unwrap().to_string();
    assert!(
        url.contains(&format!("statement={}", expected[expected.len() - 2])),
        "{url}"
    );
    // Turn single-key shortcuts off: j no longer moves, the arrow keys still do.
    browser.keys("?").await;
    browser.click(".ql-help input[type=checkbox]").await;
    browser
        .js("document.querySelector('.ql-app').focus()")
        .await;
    let before = browser.client.current_url().await.unwrap().to_string();
    browser.keys("j").await;
    assert_eq!(
        browser.client.current_url().await.unwrap().to_string(),
        before
    );
    browser.keys("\u{E015}").await; // ArrowDown
    assert_ne!(
        browser.client.current_url().await.unwrap().to_string(),
        before
    );
    browser.close().await;
}

#[tokio::test]
async fn axe_finds_no_wcag_a_or_aa_violation_in_light_and_dark_with_a_filter() {
    let browser = Browser::start(1280, 900).await;
    for theme in ["light", "dark"] {
        browser
            .open(&format!("?theme={theme}&speakers=antony-blinken"))
            .await;
        let violations = browser.axe_violations().await;
        assert!(violations.is_empty(), "{theme}: {violations:#?}");
        browser.screenshot(&format!("filtered-{theme}")).await;
        // The tools that open on demand: the loader, the issue editor, a selected statement
        // with its corrections, and the shortcuts.
        browser.click(".ql-actions button[aria-expanded]").await;
        browser.click(".ql-issue-editor summary").await;
        browser.click(".ql-card-button").await;
        browser.keys("?").await;
        browser.wait_for(".ql-help").await;
        let violations = browser.axe_violations().await;
        assert!(
            violations.is_empty(),
            "{theme}, tools open: {violations:#?}"
        );
    }
    browser.close().await;
}

#[tokio::test]
async fn screenshots_dark_narrow_and_print() {
    let browser = Browser::start(1280, 900).await;
    browser.emulate_color_scheme("dark").await;
    browser.open("").await;
    let dark = browser
        .js("return getComputedStyle(document.querySelector('.ql-app')).backgroundColor")
        .await;
    assert_eq!(
        dark, "rgb(22, 22, 26)",
        "dark mode follows prefers-color-scheme"
    );
    browser.screenshot("dark").await;
    browser.emulate_color_scheme("light").await;
    browser.emulate_media("print").await;
    let side = browser
        .js("return getComputedStyle(document.querySelector('.ql-side')).display")
        .await;
    assert_eq!(side, "none", "print hides the side panel");
    browser.screenshot("print").await;
    browser.close().await;

    let narrow = Browser::start(360, 800).await;
    narrow.open("").await;
    let overflow = narrow
        .js("return document.documentElement.scrollWidth <= window.innerWidth")
        .await;
    assert_eq!(
        overflow,
        Value::Bool(true),
        "no horizontal scrolling at 360 px"
    );
    narrow.screenshot("narrow-360").await;
    narrow.close().await;
}

#[tokio::test]
async fn a_pasted_article_is_analysed_as_text_and_bad_input_keeps_the_article() {
    let browser = Browser::start(1280, 900).await;
    browser.open("").await;
    browser.click(".ql-actions button[aria-expanded]").await;
    // Empty input: a message, and the built-in article stays.
    browser.click(".ql-analyse").await;
    let message = browser.text(".ql-loader .ql-error").await;
    assert!(message.contains("empty"), "{message}");
    let headline = browser.text(".ql-headline").await;
    assert_eq!(headline.trim(), SEED_ARTICLE.lines().next().unwrap());
    // Markup in the text is shown as text: nothing is inserted as HTML, nothing runs.
    let article = "Mayor <b>plans</b> <img src=x onerror=\"window.pwned=1\">\n\
                   “We will rebuild the bridge before winter,” said Mayor Ana Ruiz.\n\
                   Council member Tom Reyes said that the budget <script>window.pwned=2</script> could not cover it.";
    let area = browser.wait_for("#ql-paste").await;
    area.send_keys(article).await.unwrap();
    browser.click(".ql-analyse").await;
    browser.wait_for(".ql-headline").await;
    let headline = browser.text(".ql-headline").await;
    assert!(headline.contains("<img src=x"), "{headline}");
    let injected = browser.js("return [document.querySelectorAll('.ql-article img, .ql-article b, .ql-article script').length, window.pwned === undefined]").await;
    assert_eq!(injected, serde_json::json!([0, true]));
    let speakers = browser.speaker_names().await;
    assert_eq!(
        speakers,
        BTreeSet::from(["Ana Ruiz".to_string(), "Tom Reyes".to_string()])
    );
    browser.close().await;
}

#[tokio::test]
async fn selecting_or_focusing_a_statement_shows_its_details_and_provenance() {
    let browser = Browser::start(1280, 900).await;
    browser.open("").await;
    // Click the highlight of the third statement: the details name the speaker and the source.
    let analysis = analyze(SEED_ARTICLE, &Config::default());
    let third = &analysis.statements[2];
    browser
        .click(&format!(".ql-article mark[data-statement='{}']", third.id))
        .await;
    let details = browser.text(".ql-details").await;
    assert!(details.contains("Antony Blinken"), "{details}");
    assert!(details.contains("Secretary of State"), "{details}");
    let source = third.source.as_ref().unwrap();
    assert!(
        details.contains(&format!(
            "via “{}” in paragraph {}",
            source.text, third.paragraph
        )),
        "{details}"
    );
    // Keyboard focus on a highlight shows the same details as a tooltip.
    browser
        .js(&format!(
            "document.querySelector(\".ql-article mark[data-statement='{}'][tabindex]\").focus()",
            third.id
        ))
        .await;
    let tip = browser
        .js("const m = document.activeElement; return [m.dataset.tip, getComputedStyle(m, '::after').content]")
        .await;
    let tip_text = tip[0].as_str().unwrap();
    assert!(
        tip_text.contains("Antony Blinken") && tip_text.contains("via “he”"),
        "{tip}"
    );
    browser.screenshot("details").await;
    browser.close().await;
}

#[tokio::test]
async fn json_export_validates_against_the_schema_and_csv_has_a_row_per_statement() {
    let analysis = analyze(SEED_ARTICLE, &Config::default());
    let browser = Browser::start(1280, 900).await;
    browser.open("").await;
    browser.capture_downloads().await;
    browser.click(".ql-export-json").await;
    browser.click(".ql-export-csv").await;
    let json: Value =
        serde_json::from_str(&browser.download_text(0).await).expect("the JSON export parses");
    let schema: Value =
        serde_json::from_str(include_str!("../../docs/analysis.schema.json")).unwrap();
    let mut errors = Vec::new();
    schema::validate(&schema, &schema, &json, "$", &mut errors);
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(
        json["statements"].as_array().unwrap().len(),
        analysis.statements.len()
    );
    let csv = browser.download_text(1).await;
    let rows = parse_csv(&csv);
    assert_eq!(rows[0][0], "statement");
    assert_eq!(rows.len() - 1, analysis.statements.len());
    assert!(rows.iter().all(|r| r.len() == 9), "every row has 9 fields");
    browser.close().await;
}

/// RFC 4180 rows: quoted fields may hold commas, quotes and line breaks.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = vec![Vec::new()];
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => rows.last_mut().unwrap().push(std::mem::take(&mut field)),
            ('\r', false) => {}
            ('\n', false) => {
                rows.last_mut().unwrap().push(std::mem::take(&mut field));
                rows.push(Vec::new());
            }
            (c, _) => field.push(c),
        }
    }
    if rows.last().is_some_and(|r| r.is_empty()) && field.is_empty() {
        rows.pop();
    }
    rows
}

#[tokio::test]
async fn an_opened_html_file_gives_only_its_article_text_and_runs_nothing() {
    let browser = Browser::start(1280, 900).await;
    browser.open("").await;
    browser.click(".ql-actions button[aria-expanded]").await;
    let path = harness::root().join("tests/fixtures/hostile.html");
    let input = browser.wait_for(".ql-loader input[type=file]").await;
    input.send_keys(path.to_str().unwrap()).await.unwrap();
    browser.wait_for(".ql-article").await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let headline = browser.text(".ql-headline").await;
    assert_eq!(headline.trim(), "Harbour council approves the new bridge");
    let article = browser.text(".ql-article").await;
    for noise in ["Home", "Buy now", "Related", "Copyright"] {
        assert!(
            !article.contains(noise),
            "{noise:?} is not article text: {article}"
        );
    }
    let ran = browser
        .js("return [document.title, window.pwnedByHead, window.pwnedByOnload, window.pwnedByImage, window.pwnedByBody]")
        .await;
    assert_eq!(ran[0], "quotelens — who said what");
    assert!(
        ran.as_array().unwrap()[1..].iter().all(Value::is_null),
        "{ran}"
    );
    let speakers = browser.speaker_names().await;
    assert_eq!(
        speakers,
        BTreeSet::from(["Ana Ruiz".to_string(), "Tom Reyes".to_string()])
    );
    browser.close().await;
}

#[tokio::test]
async fn binary_and_oversized_files_get_a_message_and_the_article_stays() {
    let folder = harness::root().join("target").join("e2e-files");
    std::fs::create_dir_all(&folder).unwrap();
    let binary = folder.join("photo.txt");
    std::fs::write(&binary, (0u8..=255).cycle().take(4096).collect::<Vec<u8>>()).unwrap();
    let huge = folder.join("huge.txt");
    std::fs::write(&huge, "word ".repeat(1_200_000)).unwrap();
    let browser = Browser::start(1280, 900).await;
    browser.open("").await;
    browser.click(".ql-actions button[aria-expanded]").await;
    for (file, expected) in [(&binary, "binary"), (&huge, "limit")] {
        let input = browser.wait_for(".ql-loader input[type=file]").await;
        input.send_keys(file.to_str().unwrap()).await.unwrap();
        let message = browser.text(".ql-loader .ql-error").await;
        assert!(message.contains(expected), "{message}");
        let headline = browser.text(".ql-headline").await;
        assert_eq!(
            headline.trim(),
            SEED_ARTICLE.lines().next().unwrap(),
            "the article stays"
        );
    }
    browser.close().await;
}

#[tokio::test]
async fn a_correction_survives_a_reload_can_be_undone_and_redone_and_is_exported() {
    let analysis = analyze(SEED_ARTICLE, &Config::default());
    // Zelensky's statement, given to Biden by the reader.
    let statement = analysis
        .statements
        .iter()
        .find(|s| s.speaker.as_deref() == Some("volodymr-zelensky"))
        .unwrap()
        .id
        .clone();
    let browser = Browser::start(1280, 900).await;
    browser.open("").await;
    browser.js("localStorage.clear()").await;
    browser.open(&format!("?statement={statement}")).await;
    browser
        .js("const s = document.querySelector('.ql-reassign'); s.value = 'joe-biden'; s.dispatchEvent(new Event('change', { bubbles: true }));")
        .await;
    let mark_speaker = format!("return document.querySelector(\".ql-article mark[data-statement='{statement}']\").dataset.speaker");
    assert_eq!(browser.js(&mark_speaker).await, "joe-biden");
    // A reload keeps it.
    browser.client.refresh().await.unwrap();
    browser.wait_for(".ql-headline").await;
    assert_eq!(
        browser.js(&mark_speaker).await,
        "joe-biden",
        "the correction survives a reload"
    );
    // Undo, then redo.
    browser.click(".ql-undo").await;
    assert_eq!(browser.js(&mark_speaker).await, "volodymr-zelensky");
    browser.click(".ql-redo").await;
    assert_eq!(browser.js(&mark_speaker).await, "joe-biden");
    // Removing a statement takes it out of the article and the counts.
    browser.click(".ql-remove").await;
    let marks = browser.js(&format!("return document.querySelectorAll(\".ql-article mark[data-statement='{statement}']\").length")).await;
    assert_eq!(marks, 0);
    browser.click(".ql-undo").await;
    // The export carries the correction.
    let json: Value = serde_json::from_str(&browser.exported_json().await).unwrap();
    let exported = json["statements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == statement.as_str())
        .unwrap()
        .clone();
    assert_eq!(exported["speaker"], "joe-biden");
    browser.js("localStorage.clear()").await;
    browser.close().await;
}

#[tokio::test]
async fn the_html_snapshot_opens_from_a_file_and_shows_the_highlights() {
    let analysis = analyze(SEED_ARTICLE, &Config::default());
    let browser = Browser::start(1280, 900).await;
    browser.open("").await;
    browser.capture_downloads().await;
    browser.click(".ql-export-html").await;
    let html = browser.download_text(0).await;
    let folder = harness::root().join("target").join("e2e-files");
    std::fs::create_dir_all(&folder).unwrap();
    let path = folder.join("snapshot.html");
    std::fs::write(&path, &html).unwrap();
    browser
        .client
        .goto(&format!("file://{}", path.display()))
        .await
        .unwrap();
    let headline = browser.text(".quotelens-snapshot h1").await;
    assert_eq!(headline.trim(), SEED_ARTICLE.lines().next().unwrap());
    let highlighted = browser
        .js("return document.querySelectorAll('.quotelens-snapshot mark').length")
        .await;
    assert!(highlighted.as_u64().unwrap() as usize >= analysis.statements.len());
    let scripts = browser
        .js("return document.querySelectorAll('script').length")
        .await;
    assert_eq!(scripts, 0);
    browser.screenshot("snapshot").await;
    browser.close().await;
}

#[tokio::test]
async fn engine_warnings_are_shown_to_the_reader() {
    let browser = Browser::start(1280, 900).await;
    browser.open("").await;
    browser.click(".ql-actions button[aria-expanded]").await;
    let area = browser.wait_for("#ql-paste").await;
    area.send_keys("Talks stall\nEnvoy Lina Moravec said that the “deal was close.\nEnvoy Piet Daal said that nothing had been signed.")
        .await
        .unwrap();
    browser.click(".ql-analyse").await;
    let warnings = browser.text(".ql-warnings").await;
    assert!(warnings.contains("never closed"), "{warnings}");
    // The unclosed quotation did not swallow the next paragraph: both statements are there.
    assert_eq!(browser.listed().await, 2);
    browser.close().await;
}

#[tokio::test]
async fn src_loads_an_article_a_site_shares_and_explains_a_refusal() {
    let folder = harness::root().join("target").join("e2e-src");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("article.txt"),
        "Bridge vote passes\n“We will rebuild the bridge before winter,” said Mayor Ana Ruiz.",
    )
    .unwrap();
    let open_site = harness::serve(folder.clone(), &[("Access-Control-Allow-Origin", "*")]);
    let closed_site = harness::serve(folder, &[]);
    let browser = Browser::start(1280, 900).await;
    browser.open(&format!("?src={open_site}/article.txt")).await;
    let mut headline = String::new();
    for _ in 0..50 {
        headline = browser.text(".ql-headline").await;
        if headline.contains("Bridge") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(headline.trim(), "Bridge vote passes");
    // A site that does not share: a message with the way out, and the built-in article stays.
    browser
        .open(&format!("?src={closed_site}/article.txt"))
        .await;
    let notice = browser.wait_for(".ql-notice").await;
    let mut text = notice.text().await.unwrap();
    for _ in 0..50 {
        if !text.starts_with("Loading") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        text = browser.text(".ql-notice").await;
    }
    assert!(
        text.contains("Save the page") && text.contains("paste"),
        "{text}"
    );
    let headline = browser.text(".ql-headline").await;
    assert_eq!(headline.trim(), SEED_ARTICLE.lines().next().unwrap());
    browser.close().await;
}
