// Listens to the widgets' events: they bubble and cross the shadow boundary (composed).
window.quotelensEvents = [];
for (const type of ["quotelens-select", "quotelens-state"]) {
  document.addEventListener(type, (event) => {
    window.quotelensEvents.push({ type, target: event.target.id, detail: event.detail });
    if (type === "quotelens-select") {
      const item = document.createElement("li");
      item.textContent = `${event.target.id}: ${event.detail.speaker || "unattributed"} — ${event.detail.text}`;
      document.getElementById("events").append(item);
    }
  });
}
window.quotelensErrors = [];
addEventListener("error", (event) => window.quotelensErrors.push(String(event.message)));
addEventListener("unhandledrejection", (event) => window.quotelensErrors.push(String(event.reason)));
document.addEventListener("securitypolicyviolation", (event) =>
  window.quotelensErrors.push(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
