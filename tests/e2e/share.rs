//! Links that carry a pasted article.

use crate::harness::Browser;

const ARTICLE: &str = "Ferry strike ends after talks\n\
    The ferry operators’ union said on Sunday that its members would return to work on Monday.\n\
    “This was never about money alone,” said Rosa Lindqvist, who leads the union. “It was about safety.”\n\
    Port director Jan Holm added that the timetable would be normal by Wednesday.";

async fn wait_for_fragment(browser: &Browser) -> String {
    for _ in 0..100 {
        let href = browser.js("return location.href").await;
        let href = href.as_str().unwrap().to_string();
        if href.contains("#text=") {
            return href;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the address never carried the article");
}

#[tokio::test]
async fn a_pasted_article_travels_in_the_link_with_its_view() {
    let browser = Browser::start(1280, 900).await;
    browser.open("").await;
    browser.paste_article(ARTICLE).await;
    wait_for_fragment(&browser).await;
    browser
        .click(".ql-speakers input[data-speaker='rosa-lindqvist']")
        .await;
    let shown = browser.highlighted().await;
    assert_eq!(shown.len(), 2, "{shown:?}");
    let link = wait_for_fragment(&browser).await;
    assert!(link.contains("speakers=rosa-lindqvist"), "{link}");
    browser.click(".ql-copy-link").await;
    browser.wait_for(".ql-share-note").await;
    browser.close().await;

    // Another browser, the link alone: the same article and the same view.
    let other = Browser::start(1280, 900).await;
    other.client.goto(&link).await.unwrap();
    let headline = other.wait_for(".ql-headline").await;
    for _ in 0..100 {
        if headline.text().await.unwrap() == "Ferry strike ends after talks" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(
        headline.text().await.unwrap(),
        "Ferry strike ends after talks"
    );
    assert_eq!(other.highlighted().await, shown);
    other.close().await;
}

#[tokio::test]
async fn an_article_too_long_for_a_link_is_said_so_and_a_damaged_link_keeps_the_page() {
    // Words that do not repeat compress badly: about 60 KB of them is too much for a link.
    let mut text = String::from("A long list\n");
    let mut seed: u32 = 7;
    for _ in 0..8000 {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        text.push_str(&format!("w{:x} ", seed));
    }
    let browser = Browser::start(1280, 900).await;
    browser.open("").await;
    browser.paste_article(&text).await;
    let note = browser.text(".ql-share-note").await;
    assert!(note.contains("too long to travel in a link"), "{note}");
    assert!(note.contains("16000"), "the note names the limit: {note}");
    let href = browser.js("return location.href").await;
    assert!(!href.as_str().unwrap().contains("#text="));

    // A cut-off link explains itself and shows the built-in article.
    browser.client.goto("about:blank").await.unwrap();
    browser.open("#text=AAAAbroken").await;
    let notice = browser.text(".ql-notice").await;
    assert!(notice.contains("damaged"), "{notice}");
    let headline = browser.text(".ql-headline").await;
    assert_eq!(
        headline.trim(),
        quotelens_engine::SEED_ARTICLE.lines().next().unwrap()
    );
    browser.close().await;
}
