import DOMPurify from "dompurify";

const TRUSTED_ORIGIN = "https://app.example.com";
const root = document.getElementById("root") as HTMLElement;

window.addEventListener("message", (event) => {
  if (event.origin !== TRUSTED_ORIGIN) return;
  const data = event.data as { kind?: string; html?: string };
  if (data?.kind !== "render" || typeof data.html !== "string") return;
  root.innerHTML = DOMPurify.sanitize(data.html);
});
