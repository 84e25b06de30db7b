import DOMPurify from "dompurify";

const editor = document.querySelector<HTMLTextAreaElement>("#editor")!;
const preview = document.querySelector<HTMLDivElement>("#preview")!;

function update() {
  preview.innerHTML = DOMPurify.sanitize(editor.value, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ["style", "form"],
  });
}

editor.addEventListener("input", update);
update();
