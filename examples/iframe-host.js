// The host's side of the iframe protocol (docs/embedding.md): build the frame's address with
// this page's origin as parentOrigin, size the frame to the content it reports, send filters.
const frame = document.getElementById("quotelens");
const app = new URL(frame.dataset.app);
// A page may declare another origin as the parent (the tests use it to play a stranger).
const parentOrigin = new URLSearchParams(location.search).get("parentOrigin") || location.origin;
frame.src = `${app.href}?embed=1&parentOrigin=${encodeURIComponent(parentOrigin)}&${frame.dataset.view || ""}`;

window.quotelensMessages = [];
addEventListener("message", (event) => {
  if (event.origin !== app.origin || !event.data || event.data.ns !== "quotelens") return;
  window.quotelensMessages.push(event.data);
  if (event.data.type === "resize") frame.style.height = `${event.data.height}px`;
  if (event.data.type === "state") {
    const speakers = event.data.view.speakers.join(", ") || "everyone";
    document.getElementById("status").textContent = `Showing statements by ${speakers}.`;
  }
});

function send(message) {
  frame.contentWindow.postMessage({ ns: "quotelens", v: 1, ...message }, app.origin);
}
window.quotelensSend = send;
document.getElementById("only-blinken").addEventListener("click", () =>
  send({ type: "set-filter", speakers: ["antony-blinken"] }));
document.getElementById("everyone").addEventListener("click", () =>
  send({ type: "set-filter", speakers: [], issues: [] }));
document.getElementById("dark").addEventListener("click", () =>
  send({ type: "set-theme", theme: "dark" }));
