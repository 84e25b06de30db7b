import DOMPurify from "dompurify";

export function mountPreview(textarea: HTMLTextAreaElement, preview: HTMLElement) {
  const update = () => {
    preview.innerHTML = DOMPurify.sanitize(textarea.value, {
      ALLOWED_TAGS: ["b", "i", "u", "p", "br", "ul", "li", "a"],
      ALLOWED_ATTR: ["href"],
    });
  };
  textarea.addEventListener("input", update);
  update();
}
