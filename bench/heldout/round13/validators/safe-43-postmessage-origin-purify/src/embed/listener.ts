import DOMPurify from "dompurify";

const ALLOWED_ORIGINS = new Set(["https://app.shelterhub.org", "https://admin.shelterhub.org"]);
const target = document.getElementById("announcement")!;

window.addEventListener("message", (event) => {
  if (!ALLOWED_ORIGINS.has(event.origin)) return;
  const { kind, html } = (event.data ?? {}) as { kind?: string; html?: string };
  if (kind !== "announcement" || typeof html !== "string") return;
  target.innerHTML = DOMPurify.sanitize(html, { ALLOWED_TAGS: ["b", "i", "a", "p", "br"], ALLOWED_ATTR: ["href"] });
});
