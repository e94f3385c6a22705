//! The reader's own issues, statements added from selected text, and an exported analysis
//! opened again.

use quotelens_app::corrections::{apply, Edit};
use quotelens_engine::{
    analyze, issues::builtin_taxonomy, Analysis, Config, Taxonomy, SEED_ARTICLE,
};
use serde_json::Value;

use crate::harness::{self, Browser};

/// The analysis the app makes of the built-in article (themes discovered when few are tagged).
fn seed_analysis() -> Analysis {
    analyze(
        SEED_ARTICLE,
        &Config {
            taxonomy: None,
            discover_issues: true,
            ..Default::default()
        },
    )
}

/// Starts with no stored corrections or issues.
async fn fresh() -> Browser {
    let browser = Browser::start(1280, 900).await;
    browser.open("").await;
    browser.js("localStorage.clear()").await;
    browser.open("").await;
    browser
}

async fn issue_ids(browser: &Browser) -> Vec<String> {
    let value = browser
        .js("return [...document.querySelectorAll('.ql-issues input[data-issue]')].map(e => e.dataset.issue)")
        .await;
    serde_json::from_value(value).unwrap()
}

async fn issue_label(browser: &Browser, id: &str) -> String {
    let value = browser
        .js(&format!("const i = document.querySelector(\".ql-issues input[data-issue='{id}']\"); return i ? i.parentElement.querySelector('.ql-option-name').textContent : null"))
        .await;
    value.as_str().unwrap_or_default().to_string()
}

#[tokio::test]
async fn the_readers_own_issues_are_added_renamed_merged_removed_exported_and_loaded() {
    let words = ["proposal", "deal"];
    let add = Edit::AddIssue {
        label: "Talks".into(),
        words: words.iter().map(|w| w.to_string()).collect(),
    };
    let expected = apply(&seed_analysis(), &[add], builtin_taxonomy());
    let mut tagged: Vec<String> = expected
        .statements
        .iter()
        .filter(|s| s.issues.contains(&"my-talks".to_string()))
        .map(|s| s.content.text.clone())
        .collect();
    tagged.sort();
    assert!(
        !tagged.is_empty(),
        "the words occur in the seed's statements"
    );

    let browser = fresh().await;
    browser.click(".ql-issue-editor summary").await;
    browser.type_into(".ql-issue-label", "Talks").await;
    browser
        .type_into(".ql-issue-words", &words.join(", "))
        .await;
    browser.click(".ql-issue-add-button").await;
    browser
        .click(".ql-issues input[data-issue='my-talks']")
        .await;
    let mut shown = browser.highlighted().await;
    shown.sort();
    assert_eq!(
        shown, tagged,
        "the new issue filters to the statements with its words"
    );
    browser
        .js("document.querySelector('.ql-clear').click()")
        .await;

    // Rename it, then merge another issue into it, then undo the merge.
    browser.choose(".ql-issue-choose", "my-talks").await;
    browser.type_into(".ql-issue-rename", "Negotiations").await;
    browser.click(".ql-issue-rename-button").await;
    assert_eq!(issue_label(&browser, "my-talks").await, "Negotiations");
    let other = expected
        .issues
        .iter()
        .find(|i| i.id != "my-talks" && i.id != "other")
        .unwrap()
        .id
        .clone();
    browser.choose(".ql-issue-choose", &other).await;
    browser.choose(".ql-issue-into", "my-talks").await;
    browser.click(".ql-issue-merge-button").await;
    assert!(!issue_ids(&browser).await.contains(&other), "merged away");
    browser.click(".ql-undo").await;
    assert!(
        issue_ids(&browser).await.contains(&other),
        "undo brings it back"
    );

    // Export the issues as a list, then remove the issue from this article.
    browser.capture_downloads().await;
    browser.click(".ql-issue-export").await;
    let exported = browser.download_text(0).await;
    let taxonomy = Taxonomy::from_json(&exported).expect("the export is a taxonomy");
    let mine = taxonomy.issues.iter().find(|i| i.id == "my-talks").unwrap();
    assert_eq!(mine.label, "Negotiations");
    assert_eq!(mine.cues, words);
    browser.choose(".ql-issue-choose", "my-talks").await;
    browser.click(".ql-issue-remove-button").await;
    assert!(!issue_ids(&browser).await.contains(&"my-talks".to_string()));

    // On a clean start the list loads for every article, and stays after a reload.
    browser.js("localStorage.clear()").await;
    browser.open("").await;
    assert!(!issue_ids(&browser).await.contains(&"my-talks".to_string()));
    browser.click(".ql-issue-editor summary").await;
    let file = harness::test_file("my-issues.json", exported.as_bytes());
    browser.upload(".ql-issue-load", &file).await;
    browser
        .wait_for(".ql-issues input[data-issue='my-talks']")
        .await;
    assert_eq!(issue_label(&browser, "my-talks").await, "Negotiations");
    browser.open("").await;
    browser
        .wait_for(".ql-issues input[data-issue='my-talks']")
        .await;
    // A file that is not a list of issues says so and changes nothing.
    browser.click(".ql-issue-editor summary").await;
    let bad = harness::test_file("not-issues.json", br#"{"issues": [{"label": "no id"}]}"#);
    browser.upload(".ql-issue-load", &bad).await;
    let error = browser.wait_for(".ql-issue-taxonomy .ql-error").await;
    assert!(error.text().await.unwrap().contains("id"));
    assert!(issue_ids(&browser).await.contains(&"my-talks".to_string()));
    browser.click(".ql-issue-builtin").await;
    assert!(!issue_ids(&browser).await.contains(&"my-talks".to_string()));
    browser.js("localStorage.clear()").await;
    browser.close().await;
}

#[tokio::test]
async fn a_missed_statement_is_added_from_selected_words_and_kept() {
    let analysis = seed_analysis();
    let browser = fresh().await;
    // The first long stretch of article text that no statement covers.
    let picked = browser
        .js(r#"
        for (const p of document.querySelectorAll('.ql-article p[data-paragraph]')) {
          for (const node of p.childNodes) {
            if (node.nodeType === 3 && node.textContent.trim().length > 40) {
              const range = document.createRange();
              range.setStart(node, 0);
              range.setEnd(node, node.textContent.length);
              const selection = getSelection();
              selection.removeAllRanges();
              selection.addRange(range);
              return [Number(p.dataset.paragraph), node.textContent];
            }
          }
        }
        return null;
        "#)
        .await;
    let paragraph = picked[0].as_u64().expect("an uncovered stretch") as usize;
    let text = picked[1].as_str().unwrap();
    let run = analysis
        .runs
        .iter()
        .find(|r| r.paragraph == paragraph && r.text == text && r.statements.is_empty())
        .expect("the stretch is a run with no statement");
    let lead = text.chars().take_while(|c| c.is_whitespace()).count();
    let start = run.start + lead;
    let id = format!("added-{start}");
    let speaker = &analysis.speakers[0].id;

    browser.wait_for(".ql-adder-add").await;
    let shown = browser.text(".ql-adder-text").await;
    assert_eq!(shown, text.trim());
    browser.choose(".ql-adder-speaker", speaker).await;
    browser.click(".ql-adder-add").await;
    let mark = format!(".ql-article mark[data-statement='{id}']");
    browser.wait_for(&mark).await;
    let read = format!(
        "const marks = [...document.querySelectorAll(\"{mark}\")];
         return [marks.map(m => [...m.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('')).join(''), marks[0].dataset.speaker]"
    );
    let found = browser.js(&read).await;
    assert_eq!(
        found[0],
        text.trim(),
        "the highlight covers the selected words"
    );
    assert_eq!(found[1], speaker.as_str());
    assert_eq!(browser.listed().await, analysis.statements.len() + 1);
    // Kept across a reload, and exported.
    browser.client.refresh().await.unwrap();
    browser.wait_for(&mark).await;
    let json: Value = serde_json::from_str(&browser.exported_json().await).unwrap();
    let added = json["statements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id.as_str())
        .expect("the added statement is exported")
        .clone();
    assert_eq!(added["content"]["text"], text.trim());
    assert_eq!(added["speaker"], speaker.as_str());
    assert_eq!(added["kind"], "indirect");
    browser.js("localStorage.clear()").await;
    browser.close().await;
}

#[tokio::test]
async fn an_exported_analysis_opens_again_to_the_same_view() {
    let analysis = seed_analysis();
    let statement = analysis.statements[3].id.clone();
    let browser = fresh().await;
    // A corrected view: one statement given to another speaker.
    browser.open(&format!("?statement={statement}")).await;
    let other = analysis
        .speakers
        .iter()
        .find(|s| analysis.statements[3].speaker.as_ref() != Some(&s.id))
        .unwrap()
        .id
        .clone();
    browser.choose(".ql-reassign", &other).await;
    let marks = "return [...document.querySelectorAll('.ql-article mark')].map(m => [m.dataset.statement, m.dataset.speaker, m.textContent])";
    let before = browser.js(marks).await;
    let names = browser.speaker_names().await;
    let exported = browser.exported_json().await;
    browser.js("localStorage.clear()").await;

    // A clean start, a pasted article, then the export opened.
    browser.open("").await;
    browser.click(".ql-actions button[aria-expanded]").await;
    browser
        .type_into("#ql-paste", "Other news\n“Fine,” said Ada Lind.")
        .await;
    browser.click(".ql-analyse").await;
    browser.wait_for(".ql-article mark").await;
    browser.click(".ql-actions button[aria-expanded]").await;
    let file = harness::test_file("export.json", exported.as_bytes());
    browser.upload(".ql-loader input[type=file]", &file).await;
    browser.wait_for(".ql-article .ql-headline").await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(
        browser.js(marks).await,
        before,
        "the same highlights and speakers"
    );
    assert_eq!(browser.speaker_names().await, names);
    // A JSON file that is not an analysis gets a message and the article stays.
    let bad = harness::test_file("other.json", br#"{"schema": "something/else@1"}"#);
    browser.click(".ql-actions button[aria-expanded]").await;
    browser.upload(".ql-loader input[type=file]", &bad).await;
    let message = browser.text(".ql-loader .ql-error").await;
    assert!(message.contains("not a quotelens analysis"), "{message}");
    assert_eq!(browser.js(marks).await, before);
    browser.close().await;
}

#[tokio::test]
async fn a_file_dropped_on_the_page_opens_and_a_bad_one_is_explained() {
    let browser = fresh().await;
    let drop = |name: &str, content: &str| {
        format!(
            "const data = new DataTransfer();
             data.items.add(new File([{content}], '{name}', {{ type: 'text/plain' }}));
             document.querySelector('.ql-app').dispatchEvent(
               new DragEvent('drop', {{ dataTransfer: data, bubbles: true, cancelable: true }}));"
        )
    };
    browser
        .js(&drop(
            "bridge.txt",
            "'Bridge reopens\\n“It is safe again,” said Ada Lind.'",
        ))
        .await;
    for _ in 0..100 {
        if browser.text(".ql-headline").await == "Bridge reopens" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(
        browser.speaker_names().await,
        std::collections::BTreeSet::from(["Ada Lind".to_string()])
    );
    // Binary data gets a message and the article stays.
    browser
        .js(&drop(
            "photo.txt",
            "new Uint8Array([0, 159, 146, 150, 0, 1, 2, 3])",
        ))
        .await;
    let notice = browser.text(".ql-notice").await;
    assert!(notice.contains("binary"), "{notice}");
    assert_eq!(browser.text(".ql-headline").await, "Bridge reopens");
    browser.close().await;
}
