import { marked } from "marked";

const editor = document.getElementById("editor");
const preview = document.getElementById("preview");
const shareBtn = document.getElementById("share");

function render() {
  preview.innerHTML = marked.parse(editor.value);
}

function loadFromHash() {
  if (location.hash.startsWith("#text=")) {
    editor.value = decodeURIComponent(location.hash.slice(6));
  }
  render();
}

editor.addEventListener("input", render);
shareBtn.addEventListener("click", () => {
  location.hash = "text=" + encodeURIComponent(editor.value);
  navigator.clipboard.writeText(location.href);
});
window.addEventListener("hashchange", loadFromHash);
loadFromHash();
