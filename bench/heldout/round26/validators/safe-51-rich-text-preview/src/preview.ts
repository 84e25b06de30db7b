import DOMPurify from "dompurify";
import { marked } from "marked";

const input = document.querySelector<HTMLTextAreaElement>("#comment")!;
const preview = document.querySelector<HTMLDivElement>("#preview")!;

async function update() {
  const html = await marked.parse(input.value, { gfm: true, breaks: true });
  preview.innerHTML = DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}

input.addEventListener("input", () => {
  void update();
});
