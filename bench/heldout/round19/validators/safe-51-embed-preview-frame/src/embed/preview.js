import DOMPurify from "dompurify";

const ALLOWED_ORIGIN = "https://app.notely.io";
const root = document.getElementById("preview-root");

window.addEventListener("message", (event) => {
  if (event.origin !== ALLOWED_ORIGIN) return;
  const data = event.data || {};
  if (data.type !== "preview" || typeof data.html !== "string") return;
  root.innerHTML = DOMPurify.sanitize(data.html);
});

window.parent.postMessage({ type: "ready" }, ALLOWED_ORIGIN);
