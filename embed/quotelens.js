// quotelens loader: embeds the explorer in any page.
//   <script type="module" src="https://APP/quotelens.js"></script>
//   <quote-lens src="https://…/article.txt" speakers="…" issues="…" theme="dark"></quote-lens>
//   <div data-quotelens data-src="https://…/article.txt"></div>
// It finds the app's files next to itself, starts the app once per page, and mounts each
// element into its own open shadow root (styles inside it). See docs/embedding.md.
// scripts/loader.sh fills in the hashed file names at build time.
const base = new URL(".", import.meta.url);
const files = { js: "__APP_JS__", wasm: "__APP_WASM__", css: "__APP_CSS__" };

let started;
function start() {
  started ??= (async () => {
    const [bindings, css] = await Promise.all([
      import(new URL(files.js, base).href),
      fetch(new URL(files.css, base)).then((r) => r.text()),
    ]);
    await bindings.default({ module_or_path: new URL(files.wasm, base) });
    bindings.set_base(base.href);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return { bindings, sheet };
  })();
  return started;
}

// Attributes of <quote-lens>, or data- attributes of an auto-mounted div.
function optionsOf(element) {
  const read = (name) => element.getAttribute(name) ?? element.getAttribute("data-" + name) ?? "";
  const inline = element.querySelector(':scope > script[type="text/plain"]');
  return {
    src: read("src"),
    text: inline ? inline.textContent : read("text"),
    speakers: read("speakers"),
    issues: read("issues"),
    kinds: read("kinds"),
    theme: read("theme"),
  };
}

async function attach(host) {
  const options = optionsOf(host);
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  const { bindings, sheet } = await start();
  if (!host.isConnected || host.__quotelensGone) return null;
  shadow.adoptedStyleSheets = [sheet];
  const root = document.createElement("div");
  root.setAttribute("part", "root");
  shadow.replaceChildren(root);
  return bindings.mount(root, host, options);
}

function detach(host) {
  host.__quotelensGone = true;
  const pending = host.__quotelens;
  host.__quotelens = null;
  if (pending) pending.then((instance) => instance && instance.destroy());
}

class QuoteLens extends HTMLElement {
  static observedAttributes = ["speakers", "issues", "kinds", "theme", "src", "text"];

  // Filters and theme follow their attributes; a new article (src, text) mounts afresh.
  attributeChangedCallback(name, before, after) {
    if (before === after || !this.__quotelens) return;
    if (name === "src" || name === "text") {
      detach(this);
      this.__quotelensGone = false;
      this.__quotelens = attach(this);
      return;
    }
    this.__quotelens.then((instance) => instance && instance.update(optionsOf(this)));
  }

  connectedCallback() {
    this.__quotelensGone = false;
    this.__quotelens ??= attach(this);
  }
  disconnectedCallback() {
    detach(this);
  }
}

if (!customElements.get("quote-lens")) customElements.define("quote-lens", QuoteLens);

// <div data-quotelens>, for editors that strip unknown tags: mounted now and when added later.
function mountDivs(scope) {
  for (const div of scope.querySelectorAll("[data-quotelens]")) {
    if (!div.__quotelens) {
      div.__quotelensGone = false;
      div.__quotelens = attach(div);
    }
  }
}
new MutationObserver((changes) => {
  for (const change of changes) {
    for (const node of change.removedNodes) {
      if (node.nodeType === 1 && node.__quotelens && !node.isConnected) detach(node);
    }
  }
  mountDivs(document);
}).observe(document.documentElement, { childList: true, subtree: true });
mountDivs(document);
