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
