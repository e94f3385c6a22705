//! The way in and out of the app: reading a chosen file as an article (plain text, Markdown
//! or HTML, whose markup is parsed inertly and never inserted), and downloading exports.

/// The main text of an HTML page: its headline and body paragraphs, one a line. The page is
/// parsed with DOMParser, which runs no script and loads nothing; only text is read from it.
#[cfg(target_arch = "wasm32")]
pub fn html_to_text(html: &str) -> Option<String> {
    let parser = web_sys::DomParser::new().ok()?;
    let document = parser
        .parse_from_string(html, web_sys::SupportedType::TextHtml)
        .ok()?;
    // Navigation, asides, comments and the like are not the article.
    if let Ok(noise) = document.query_selector_all("script, style, noscript, nav, header nav, footer, aside, form, iframe, [role=navigation], .comments, #comments") {
        for index in 0..noise.length() {
            if let Some(node) = noise.item(index) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
    let root = document
        .query_selector("article")
        .ok()
        .flatten()
        .or_else(|| document.query_selector("main").ok().flatten())
        .or_else(|| document.body().map(Into::into))?;
    let mut lines = Vec::new();
    let headline = root
        .query_selector("h1")
        .ok()
        .flatten()
        .or_else(|| document.query_selector("h1").ok().flatten())
        .and_then(|h| h.text_content())
        .or_else(|| Some(document.title()));
    if let Some(headline) = headline.map(|h| normalise(&h)).filter(|h| !h.is_empty()) {
        lines.push(headline);
    }
    let paragraphs = root
        .query_selector_all("p, h2, h3, blockquote > p, li > p")
        .ok()?;
    for index in 0..paragraphs.length() {
        if let Some(text) = paragraphs.item(index).and_then(|p| p.text_content()) {
            let text = normalise(&text);
            if !text.is_empty() && !lines.contains(&text) {
                lines.push(text);
            }
        }
    }
    Some(lines.join("\n"))
}

/// Collapses the whitespace of a text node into single spaces.
pub fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Is this file name or content HTML?
pub fn looks_like_html(name: &str, content: &str) -> bool {
    let name = name.to_lowercase();
    name.ends_with(".html")
        || name.ends_with(".htm")
        || content.trim_start().get(..15).is_some_and(|head| {
            head.to_lowercase().starts_with("<!doctype html")
                || head.to_lowercase().starts_with("<html")
        })
}

/// Offers a text for download under a file name.
#[cfg(not(target_arch = "wasm32"))]
pub fn download(_name: &str, _mime: &str, _content: &str) {}

/// Offers a text for download under a file name.
#[cfg(target_arch = "wasm32")]
pub fn download(name: &str, mime: &str, content: &str) {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(anchor) = document.create_element("a") {
        if let Ok(anchor) = anchor.dyn_into::<web_sys::HtmlAnchorElement>() {
            anchor.set_href(&url);
            anchor.set_download(name);
            anchor.click();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_recognised_by_name_or_doctype() {
        assert!(looks_like_html("page.HTML", ""));
        assert!(looks_like_html("x", "  <!DOCTYPE html><html>"));
        assert!(!looks_like_html("notes.md", "# Title\nText"));
    }
}

/// Escapes text for HTML: the snapshot inserts article text only through this.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Light highlight colours of the speaker slots (as in styles/app.css), for the snapshot.
const SNAPSHOT_COLOURS: [&str; 13] = [
    "#ffd8b5", "#c9e4ff", "#d4f2c4", "#f9c9de", "#e6d6ff", "#fff1a8", "#c2f0ec", "#ffd0c9",
    "#dcdcdc", "#e9f5b0", "#d6e0ff", "#f5d9c4", "#eeeeee",
];

/// A self-contained HTML page of the highlighted article, with a legend of speakers, that opens
/// without the app. Every piece of article text is escaped.
pub fn snapshot_html(analysis: &quotelens_engine::Analysis) -> String {
    let slot = |speaker: Option<&str>| crate::state::colour_slot(analysis, speaker);
    let mut body = String::new();
    let mut by_paragraph: Vec<Vec<&quotelens_engine::Run>> =
        vec![Vec::new(); analysis.paragraphs.len()];
    for run in &analysis.runs {
        if let Some(list) = by_paragraph.get_mut(run.paragraph) {
            list.push(run);
        }
    }
    for (index, runs) in by_paragraph.iter().enumerate() {
        let tag = if index == 0 { "h1" } else { "p" };
        body.push_str(&format!("<{tag}>"));
        for run in runs {
            let text = escape_html(&run.text);
            match run.statements.first().and_then(|id| analysis.statement(id)) {
                Some(statement) => {
                    let name = statement
                        .speaker
                        .as_deref()
                        .and_then(|id| analysis.speaker(id))
                        .map_or("unattributed".to_string(), |s| s.name.clone());
                    body.push_str(&format!(
                        "<mark style=\"background:{}\" title=\"{} ({} statement)\">{text}</mark>",
                        SNAPSHOT_COLOURS[slot(statement.speaker.as_deref())],
                        escape_html(&name),
                        statement.kind.as_str()
                    ));
                }
                None => body.push_str(&text),
            }
        }
        body.push_str(&format!("</{tag}>\n"));
    }
    let legend: String = analysis
        .speakers
        .iter()
        .map(|s| {
            format!(
                "<li><mark style=\"background:{}\">{}</mark> {}</li>",
                SNAPSHOT_COLOURS[slot(Some(&s.id))],
                escape_html(&s.name),
                escape_html(
                    &[s.role.clone(), s.affiliation.clone()]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            )
        })
        .collect();
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>quotelens snapshot</title>\
         <style>body{{font:16px/1.6 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1b1b1f;background:#fff}}\
         mark{{color:#1b1b1f;padding:.05em 0}}ul{{padding-left:1.2rem}}</style></head><body>\n\
         <article class=\"quotelens-snapshot\">\n{body}</article>\n<h2>Speakers</h2><ul>{legend}</ul>\n\
         <p><small>Made with quotelens ({}).</small></p></body></html>\n",
        quotelens_engine::SCHEMA
    )
}

#[cfg(test)]
mod snapshot_tests {
    use super::*;

    #[test]
    fn the_snapshot_escapes_every_piece_of_article_text() {
        let analysis = quotelens_engine::analyze(
            "Mayor <b>plans</b> <img src=x onerror=alert(1)>\n“We will <script>rebuild</script>,” said Mayor Ana Ruiz.",
            &Default::default(),
        );
        let html = snapshot_html(&analysis);
        assert!(!html.contains("<img") && !html.contains("<script") && !html.contains("<b>"));
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert!(html.contains("<mark style="), "statements are highlighted");
        assert!(html.contains("Ana Ruiz"));
    }
}

/// Fetches an article from the web and gives its text (HTML pages: the article text only), or
/// a message in plain words. Most news sites refuse requests from other pages (CORS): the
/// message then says how to get the article in anyway.
#[cfg(target_arch = "wasm32")]
pub fn fetch_article(url: String, done: impl FnOnce(Result<String, String>) + 'static) {
    use wasm_bindgen::JsCast;
    wasm_bindgen_futures::spawn_local(async move {
        let refused = || {
            format!(
                "quotelens could not read {url}: the site does not let other pages read its articles \
                 (most news sites refuse), or it could not be reached. Save the page in your browser \
                 and open the file with Load article, or paste the text."
            )
        };
        let Some(window) = web_sys::window() else {
            return done(Err(refused()));
        };
        let response = match wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(&url)).await
        {
            Ok(value) => match value.dyn_into::<web_sys::Response>() {
                Ok(response) => response,
                Err(_) => return done(Err(refused())),
            },
            Err(_) => return done(Err(refused())),
        };
        if !response.ok() {
            return done(Err(format!(
                "{url} answered with HTTP status {}: no article to read.",
                response.status()
            )));
        }
        let text = match response.text().map(wasm_bindgen_futures::JsFuture::from) {
            Ok(future) => future
                .await
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default(),
            Err(_) => String::new(),
        };
        if looks_like_html(&url, &text) {
            match html_to_text(&text) {
                Some(article) => done(Ok(article)),
                None => done(Err(format!(
                    "{url} has no article text that quotelens could find."
                ))),
            }
        } else {
            done(Ok(text))
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
pub fn fetch_article(_url: String, _done: impl FnOnce(Result<String, String>) + 'static) {}

/// Reads a chosen file as text and hands it on; a file that cannot be read hands on nothing.
#[cfg(target_arch = "wasm32")]
pub fn read_file_text(file: web_sys::File, done: impl FnOnce(Result<String, String>) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        let result = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .map(|value| value.as_string().unwrap_or_default())
            .map_err(|_| format!("{} could not be read.", file.name()));
        done(result);
    });
}

#[cfg(not(target_arch = "wasm32"))]
pub fn read_file_text(_file: web_sys::File, _done: impl FnOnce(Result<String, String>) + 'static) {}

/// The file chosen in a file input (the target of the change event), emptying the input so
/// that choosing the same file again is noticed.
pub fn chosen_file(event: &yew::Event) -> Option<web_sys::File> {
    use yew::TargetCast;
    let input = event.target_dyn_into::<web_sys::HtmlInputElement>()?;
    let file = input.files().and_then(|files| files.get(0));
    input.set_value("");
    file
}

/// Reads a chosen file as text for a callback.
pub fn read_text(file: web_sys::File, done: yew::Callback<Result<String, String>>) {
    read_file_text(file, move |result| done.emit(result));
}

/// Reads a list of issues (docs/issues-format.md).
pub fn taxonomy_from_json(json: &str) -> Result<quotelens_engine::Taxonomy, String> {
    #[cfg(target_arch = "wasm32")]
    return crate::json_in::taxonomy(json);
    #[cfg(not(target_arch = "wasm32"))]
    return quotelens_engine::Taxonomy::from_json(json);
}

/// Re-opens an analysis exported as JSON: its text is rebuilt from its paragraphs, at their
/// offsets. None when the JSON is not a quotelens analysis.
pub fn analysis_from_json(json: &str) -> Result<(String, quotelens_engine::Analysis), String> {
    #[cfg(target_arch = "wasm32")]
    let analysis = crate::json_in::analysis(json);
    #[cfg(not(target_arch = "wasm32"))]
    let analysis =
        serde_json::from_str::<quotelens_engine::Analysis>(json).map_err(|e| e.to_string());
    let analysis =
        analysis.map_err(|e| format!("This JSON file is not a quotelens analysis: {e}."))?;
    if analysis.schema != quotelens_engine::SCHEMA {
        return Err(format!(
            "This analysis has the schema {:?}; quotelens reads {:?}.",
            analysis.schema,
            quotelens_engine::SCHEMA
        ));
    }
    let mut text = String::new();
    let mut at = 0;
    for paragraph in &analysis.paragraphs {
        if paragraph.start < at {
            return Err("The analysis's paragraphs overlap: the file was changed.".into());
        }
        text.extend(std::iter::repeat_n('\n', paragraph.start - at));
        text.push_str(&paragraph.text);
        at = paragraph.start + paragraph.text.chars().count();
        if at != paragraph.end {
            return Err(
                "A paragraph's text does not match its offsets: the file was changed.".into(),
            );
        }
    }
    Ok((text, analysis))
}

#[cfg(not(target_arch = "wasm32"))]
pub fn html_to_text(_html: &str) -> Option<String> {
    None
}
