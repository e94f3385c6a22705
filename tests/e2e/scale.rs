//! A long article: the statement list is windowed, and a filter click is timed (reported in
//! target/e2e-perf.txt, not asserted: these machines are noisy).

use crate::harness::{self, Browser};

/// An article with `n` statements by twelve speakers, on a few issues.
pub fn synthetic_article(n: usize) -> String {
    let speakers = [
        "Mara Olsen",
        "Tibor Kask",
        "Ines Duarte",
        "Kofi Mensah",
        "Lena Brandt",
        "Omar Haddad",
        "Yuki Sato",
        "Petra Novak",
        "Ravi Menon",
        "Sofia Reyes",
        "Jonas Berg",
        "Aida Kovac",
    ];
    let topics = [
        "sanctions",
        "energy prices",
        "border security",
        "trade tariffs",
        "the election",
    ];
    let mut text = String::from("A long day of statements\n");
    for i in 0..n {
        let speaker = speakers[i % speakers.len()];
        let topic = topics[i % topics.len()];
        text.push_str(&format!(
            "“Point {i} on {topic} matters to all of us,” said {speaker}.\n"
        ));
    }
    text
}

#[tokio::test]
async fn a_thousand_statements_render_a_window_of_cards_and_filter_clicks_are_timed() {
    let browser = Browser::start(1280, 900).await;
    browser.open("").await;
    browser.js("localStorage.clear()").await;
    browser.paste_article(&synthetic_article(1000)).await;
    browser.wait_for(".ql-article mark").await;
    assert_eq!(browser.listed().await, 1000);
    let in_dom = browser
        .js("return document.querySelectorAll('.ql-cards .ql-card').length")
        .await
        .as_u64()
        .unwrap();
    assert!(in_dom < 40, "only the cards in view exist, not {in_dom}");
    // Scrolling to the end brings the last cards.
    browser
        .js("const s = document.querySelector('.ql-cards-scroll'); s.scrollTop = s.scrollHeight;")
        .await;
    browser.wait_for(".ql-card[aria-posinset='1000']").await;
    // Selecting a statement in the article brings its card into the list's view.
    browser
        .js("const m = document.querySelectorAll('.ql-article mark[tabindex]')[499]; m.scrollIntoView(); m.click();")
        .await;
    let card = browser.wait_for(".ql-card.ql-selected").await;
    assert_eq!(
        card.attr("aria-posinset").await.unwrap().as_deref(),
        Some("500")
    );

    // From a click on a speaker filter to the second animation frame, 20 times; and the same
    // for a click on a heading, which changes nothing (the floor: about one frame).
    let speaker = median_click(&browser, ".ql-speakers input[data-speaker]").await;
    let floor = median_click(&browser, ".ql-statements h2").await;
    let report = format!(
        "filter click on 1,000 statements, click to second animation frame, 20 clicks: median {:.1} ms (min {:.1}, max {:.1}); a click that changes nothing: median {:.1} ms\n",
        speaker.0, speaker.1, speaker.2, floor.0
    );
    print!("{report}");
    std::fs::write(harness::root().join("target").join("e2e-perf.txt"), report).unwrap();
    browser.screenshot("long-article").await;
    browser.close().await;
}

/// Median, min and max of 20 clicks on an element, from the click to the second animation
/// frame after it, measured in the page.
async fn median_click(browser: &Browser, css: &str) -> (f64, f64, f64) {
    let times = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const input = document.querySelector(arguments[0]);
             const times = [];
             const one = k => {
               if (k === 20) { done(times); return; }
               const start = performance.now();
               input.click();
               requestAnimationFrame(() => requestAnimationFrame(() => {
                 times.push(performance.now() - start);
                 setTimeout(() => one(k + 1), 30);
               }));
             };
             one(0);",
            vec![serde_json::json!(css)],
        )
        .await
        .unwrap();
    let mut times: Vec<f64> = serde_json::from_value(times).unwrap();
    times.sort_by(f64::total_cmp);
    ((times[9] + times[10]) / 2.0, times[0], times[19])
}

/// About `bytes` of news-like prose: paragraphs of narrative, one quotation each.
fn long_article(bytes: usize) -> String {
    let narrative = "The committee met again on Tuesday in the old council chamber, where the \
        windows still rattle when the trams pass, and the members went through the budget line \
        by line while reporters waited in the corridor for a statement that came late. ";
    let names = ["Hana Roth", "Emil Varga", "Nina Okafor", "Leo Marsh"];
    let mut text = String::from("The longest council meeting of the year\n");
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(narrative);
        text.push_str(narrative);
        text.push_str(&format!(
            "“We will publish the figures for item {i} next week,” said {}.\n",
            names[i % names.len()]
        ));
        i += 1;
    }
    text
}

#[tokio::test]
async fn a_five_megabyte_article_is_analysed_in_a_worker_while_the_page_answers_clicks() {
    let text = long_article(5 * 1024 * 1024 - 2048);
    let paragraphs = text.lines().count() - 1;
    let browser = Browser::start(1280, 900).await;
    browser.open("").await;
    browser.paste_article(&text).await;
    browser.wait_for(".ql-progress progress").await;
    // While the worker analyses, a click on the theme button is handled: the page is not
    // blocked. The time from the click to the change is reported.
    let answered = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const app = document.querySelector('.ql-app');
             const before = app.dataset.theme;
             const start = performance.now();
             const observer = new MutationObserver(() => {
               if (app.dataset.theme !== before) {
                 observer.disconnect();
                 done([performance.now() - start, !!document.querySelector('.ql-progress')]);
               }
             });
             observer.observe(app, { attributes: true });
             document.querySelector('.ql-actions button[aria-label*=theme]').click();",
            vec![],
        )
        .await
        .unwrap();
    let millis = answered[0].as_f64().unwrap();
    assert_eq!(
        answered[1], true,
        "the click was handled while the analysis was still running"
    );
    let headline = browser.text(".ql-headline").await;
    assert_eq!(
        headline.trim(),
        quotelens_engine::SEED_ARTICLE.lines().next().unwrap(),
        "the current article stays until the new one is ready"
    );
    // The analysis arrives: every quotation is a statement.
    let started = std::time::Instant::now();
    loop {
        let listed = browser.listed().await;
        if listed == paragraphs {
            break;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(240),
            "the long article was not analysed in time ({listed} of {paragraphs})"
        );
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
    let whole = started.elapsed();
    let report = format!(
        "5 MB article in the worker: a click during the analysis handled in {millis:.1} ms; analysis + transfer + render done {:.1} s after the click\n",
        whole.as_secs_f64()
    );
    print!("{report}");
    let path = harness::root().join("target").join("e2e-perf-worker.txt");
    std::fs::write(path, report).unwrap();
    assert!(
        browser
            .js("return !document.querySelector('.ql-progress')")
            .await
            == true
    );
    browser.close().await;
}
