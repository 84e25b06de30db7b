import { marked } from "marked";
import DOMPurify from "dompurify";

const textarea = document.getElementById("note-input");
const preview = document.getElementById("note-preview");

function render() {
  const dirty = marked.parse(textarea.value);
  preview.innerHTML = DOMPurify.sanitize(dirty, { USE_PROFILES: { html: true } });
}

textarea.addEventListener("input", render);
render();
