//! What every end-to-end test needs: the built dist/ served over HTTP, a ChromeDriver, a
//! headless Chromium session, and helpers to read what the page shows.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

/// The project root (where dist/ and node_modules/ are).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Serves a folder over HTTP on 127.0.0.1 (a free port), with optional extra headers, for as
/// long as the test process lives. Returns the base URL.
pub fn serve(folder: PathBuf, headers: &'static [(&'static str, &'static str)]) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a local port");
    let address = listener.local_addr().expect("local address");
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let folder = folder.clone();
            std::thread::spawn(move || {
                let _ = answer(stream, &folder, headers);
            });
        }
    });
    format!("http://{address}")
}

fn answer(mut stream: TcpStream, folder: &Path, headers: &[(&str, &str)]) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
    }
    let path = request_line.split_whitespace().nth(1).unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or("/");
    let relative = if path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    };
    let file = folder.join(relative.trim_start_matches('/'));
    let inside = file
        .canonicalize()
        .ok()
        .filter(|f| f.starts_with(folder.canonicalize().unwrap_or_default()));
    let (status, body, kind) = match inside.and_then(|f| std::fs::read(&f).ok().map(|b| (f, b))) {
        Some((f, body)) => ("200 OK", body, content_type(&f)),
        None => ("404 Not Found", b"not found".to_vec(), "text/plain"),
    };
    let mut head = format!("HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\nCache-Control: no-store\r\n", body.len());
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(&body)?;
    let mut sink = [0u8; 1];
    let _ = stream.set_read_timeout(Some(Duration::from_millis(10)));
    let _ = stream.read(&mut sink);
    Ok(())
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// The app's dist/ served once per test process.
pub fn app_url() -> &'static str {
    static URL: OnceLock<String> = OnceLock::new();
    URL.get_or_init(|| {
        let dist = std::env::var("QUOTELENS_DIST")
            .map(PathBuf::from)
            .unwrap_or_else(|_| root().join("dist"));
        assert!(
            dist.join("index.html").exists(),
            "{} has no index.html: build the app first (scripts/test.sh does)",
            dist.display()
        );
        // Host pages on other origins load the app's loader, wasm and styles (embedding).
        serve(dist, &[("Access-Control-Allow-Origin", "*")])
    })
}

/// A ChromeDriver process and a browser session driven through it. ChromeDriver and Chromium
/// keep their temporary files (profile, singleton socket: megabytes per session) in a folder of
/// this session's own, removed when the session ends, also when a test panics: left to
/// themselves they leave them in /tmp.
pub struct Browser {
    pub client: Client,
    driver: Child,
    scratch: PathBuf,
}

impl Browser {
    /// Starts ChromeDriver on a free port and opens a headless Chromium session.
    pub async fn start(width: u32, height: u32) -> Browser {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let chromedriver =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let scratch =
            std::env::temp_dir().join(format!("quotelens-e2e-{}-{port}", std::process::id()));
        std::fs::create_dir_all(&scratch).expect("create the browser's temporary folder");
        let driver = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .env("TMPDIR", &scratch)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {chromedriver}: {e} (scripts/setup.sh --tests installs it)")
            });
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "ChromeDriver did not start");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("browserName".into(), json!("chrome"));
        capabilities.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         "--no-first-run", "--disable-quic", format!("--window-size={width},{height}")]
            }),
        );
        let client = ClientBuilder::rustls()
            .expect("TLS roots")
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("open a Chromium session");
        let _ = client.set_window_size(width, height).await;
        Browser {
            client,
            driver,
            scratch,
        }
    }

    /// Opens the app with this query string and waits for the article.
    pub async fn open(&self, query: &str) {
        self.client
            .goto(&format!("{}/{query}", app_url()))
            .await
            .expect("open the app");
        self.wait_for(".ql-article .ql-headline").await;
    }

    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        tokio::time::timeout(
            Duration::from_secs(30),
            self.client.wait().for_element(Locator::Css(css)),
        )
        .await
        .unwrap_or_else(|_| panic!("timed out waiting for {css}"))
        .unwrap_or_else(|e| panic!("waiting for {css}: {e}"))
    }

    /// The text of the first element matching `css`, once there is one.
    pub async fn text(&self, css: &str) -> String {
        self.wait_for(css)
            .await
            .text()
            .await
            .unwrap_or_else(|e| panic!("text of {css}: {e}"))
    }

    pub async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    pub async fn click(&self, css: &str) {
        self.wait_for(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    /// Sends keys to the focused element (or the app when nothing is focused).
    pub async fn keys(&self, keys: &str) {
        let active = self.client.active_element().await.expect("active element");
        active.send_keys(keys).await.expect("send keys");
    }

    /// The statements whose highlight is shown (a background colour), by content text, in text
    /// order. Content is read from the highlight runs, without the screen-reader markers.
    pub async fn highlighted(&self) -> Vec<String> {
        let value = self
            .js(r#"
            const byId = new Map();
            for (const mark of document.querySelectorAll('.ql-article mark.ql-hl')) {
              const bg = getComputedStyle(mark).backgroundColor;
              const shown = bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent';
              let text = '';
              for (const node of mark.childNodes) if (node.nodeType === 3) text += node.textContent;
              for (const cls of mark.classList) {
                if (!cls.startsWith('ql-st-')) continue;
                const entry = byId.get(cls) || { text: '', shown: false };
                entry.text += text;
                entry.shown = entry.shown || shown;
                byId.set(cls, entry);
              }
            }
            return [...byId.values()].filter(e => e.shown).map(e => e.text);
            "#)
            .await;
        serde_json::from_value(value).expect("a list of strings")
    }

    /// How many statements the (windowed) statement list holds, as announced to assistive
    /// technology: the set size of its cards.
    pub async fn listed(&self) -> usize {
        let value = self
            .js("const c = document.querySelector('.ql-cards .ql-card'); return c ? Number(c.getAttribute('aria-setsize')) : 0")
            .await;
        value.as_u64().expect("a number") as usize
    }

    /// The names in the speaker filter, as the reader sees them.
    pub async fn speaker_names(&self) -> std::collections::BTreeSet<String> {
        let value = self
            .js("return [...document.querySelectorAll('.ql-speakers .ql-option-name')].map(e => e.textContent)")
            .await;
        serde_json::from_value(value).expect("a list of names")
    }

    /// Saves a screenshot under target/e2e-screenshots/.
    pub async fn screenshot(&self, name: &str) {
        let folder = root().join("target").join("e2e-screenshots");
        std::fs::create_dir_all(&folder).expect("screenshot folder");
        let png = self.client.screenshot().await.expect("screenshot");
        std::fs::write(folder.join(format!("{name}.png")), png).expect("write screenshot");
    }

    /// Emulates a CSS media type ("print", "screen") through the DevTools protocol.
    pub async fn emulate_media(&self, media: &str) {
        self.client
            .issue_cmd(Cdp {
                cmd: "Emulation.setEmulatedMedia",
                params: json!({ "media": media }),
            })
            .await
            .expect("emulate media");
    }

    /// Emulates prefers-color-scheme.
    pub async fn emulate_color_scheme(&self, scheme: &str) {
        self.client
            .issue_cmd(Cdp {
                cmd: "Emulation.setEmulatedMedia",
                params: json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] }),
            })
            .await
            .expect("emulate colour scheme");
    }

    /// Runs axe-core (from node_modules) with the WCAG 2 A and AA rules; returns the violations.
    pub async fn axe_violations(&self) -> Vec<Value> {
        let axe = std::fs::read_to_string(root().join("node_modules/axe-core/axe.min.js"))
            .expect("node_modules/axe-core/axe.min.js (scripts/setup.sh installs it)");
        self.js(&axe).await;
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } })
                    .then(r => done(r.violations.map(v => ({ id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) }))))
                    .catch(e => done([{ id: 'axe-error', help: String(e) }]));",
                vec![],
            )
            .await
            .expect("axe run");
        serde_json::from_value(result).expect("violations")
    }

    /// Chooses an option of a select element, as a reader's choice does (a change event).
    pub async fn choose(&self, css: &str, value: &str) {
        self.wait_for(css).await;
        self.client
            .execute(
                "const s = document.querySelector(arguments[0]); s.value = arguments[1];
                 s.dispatchEvent(new Event('change', { bubbles: true }));",
                vec![serde_json::json!(css), serde_json::json!(value)],
            )
            .await
            .unwrap_or_else(|e| panic!("choose {value} in {css}: {e}"));
    }

    /// Types into a text field.
    pub async fn type_into(&self, css: &str, text: &str) {
        let field = self.wait_for(css).await;
        field.clear().await.ok();
        field.send_keys(text).await.expect("type");
    }

    /// Gives a file input a file, as choosing it in the file dialog does.
    pub async fn upload(&self, css: &str, path: &std::path::Path) {
        let input = self.wait_for(css).await;
        input
            .send_keys(path.to_str().expect("a UTF-8 path"))
            .await
            .expect("choose a file");
    }

    /// Pastes an article into the loader and analyses it (the text is set in one go: typing
    /// megabytes key by key would take minutes).
    pub async fn paste_article(&self, text: &str) {
        self.click(".ql-actions button[aria-expanded]").await;
        self.client
            .execute(
                "const area = document.querySelector('#ql-paste'); area.value = arguments[0];
                 area.dispatchEvent(new InputEvent('input', { bubbles: true }));",
                vec![serde_json::json!(text)],
            )
            .await
            .expect("paste");
        self.click(".ql-analyse").await;
    }

    /// The app's own JSON export of what it shows, as text.
    pub async fn exported_json(&self) -> String {
        self.capture_downloads().await;
        self.click(".ql-export-json").await;
        self.download_text(0).await
    }

    /// Records every Blob the page turns into a download URL (exports), for reading back.
    pub async fn capture_downloads(&self) {
        self.js("window.__downloads = [];
             const create = URL.createObjectURL.bind(URL);
             URL.createObjectURL = blob => { window.__downloads.push(blob); return create(blob); };
             HTMLAnchorElement.prototype.click = function () {};")
            .await;
    }

    /// The text of the n-th captured download.
    pub async fn download_text(&self, index: usize) -> String {
        let value = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const blob = window.__downloads[arguments[0]];
                 if (!blob) { done(null); } else { blob.text().then(done); }",
                vec![serde_json::json!(index)],
            )
            .await
            .expect("read a download");
        value
            .as_str()
            .unwrap_or_else(|| panic!("no download number {index}"))
            .to_string()
    }

    /// Ends the session (Chromium quits), then `Drop` stops ChromeDriver and removes the
    /// temporary folder.
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.scratch);
    }
}

#[derive(Debug)]
struct Cdp {
    cmd: &'static str,
    params: Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "cmd": self.cmd, "params": self.params }).to_string()),
        )
    }
}

/// Writes a file for a test to open, under target/e2e-files/.
pub fn test_file(name: &str, content: &[u8]) -> PathBuf {
    let folder = root().join("target").join("e2e-files");
    std::fs::create_dir_all(&folder).expect("e2e-files folder");
    let path = folder.join(name);
    std::fs::write(&path, content).expect("write a test file");
    path
}
