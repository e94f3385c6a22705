//! Links that carry a pasted article: its text compressed (deflate, the browser's own
//! CompressionStream) and base64url-encoded in the URL fragment, `#text=...`. The fragment never
//! reaches a server. Links longer than [`MAX_FRAGMENT`] break in mail and chat programs, so a
//! longer article is not put in the link and the reader is told why.

/// The longest fragment a link carries, in characters.
pub const MAX_FRAGMENT: usize = 16_000;

const PREFIX: &str = "#text=";

#[cfg(target_arch = "wasm32")]
mod js {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(inline_js = r#"
export async function pack(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
export async function unpack(packed) {
  const binary = atob(packed.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, c => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return await new Response(stream).text();
}
export function copy(text) { return navigator.clipboard.writeText(text); }
"#)]
    extern "C" {
        #[wasm_bindgen(catch)]
        pub async fn pack(text: &str) -> Result<JsValue, JsValue>;
        #[wasm_bindgen(catch)]
        pub async fn unpack(packed: &str) -> Result<JsValue, JsValue>;
        #[wasm_bindgen(catch)]
        pub async fn copy(text: &str) -> Result<JsValue, JsValue>;
    }
}

/// The fragment for a text, or why a link cannot carry it.
#[cfg(target_arch = "wasm32")]
pub async fn fragment_for(text: &str) -> Result<String, String> {
    let packed = js::pack(text)
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or("This browser cannot compress the article for a link.")?;
    let fragment = format!("{PREFIX}{packed}");
    if fragment.len() > MAX_FRAGMENT {
        return Err(format!(
            "This article is too long to travel in a link: compressed, it needs {} characters and links carry up to {MAX_FRAGMENT}. Share the file or an exported JSON instead.",
            fragment.len()
        ));
    }
    Ok(fragment)
}

/// The article a link carries, if it carries one (or why it cannot be read).
#[cfg(target_arch = "wasm32")]
pub async fn text_in_link() -> Option<Result<String, String>> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let packed = hash.strip_prefix(PREFIX)?;
    Some(
        js::unpack(packed)
            .await
            .ok()
            .and_then(|v| v.as_string())
            .ok_or_else(|| "The article in this link is damaged: it may have been cut off when the link was copied.".to_string()),
    )
}

/// Puts a fragment in the address (or removes it), without a history entry.
#[cfg(target_arch = "wasm32")]
pub fn set_fragment(fragment: Option<&str>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let url = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        fragment.unwrap_or("")
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Copies the page's address; false when the browser refuses.
#[cfg(target_arch = "wasm32")]
pub async fn copy_link() -> bool {
    let Some(href) = web_sys::window().and_then(|w| w.location().href().ok()) else {
        return false;
    };
    js::copy(&href).await.is_ok()
}
