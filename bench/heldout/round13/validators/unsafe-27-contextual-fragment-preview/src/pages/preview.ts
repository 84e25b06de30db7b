const frame = document.querySelector<HTMLDivElement>("#preview")!;
const params = new URLSearchParams(location.search);

function renderPreview(markup: string) {
  const range = document.createRange();
  range.selectNodeContents(frame);
  frame.replaceChildren(range.createContextualFragment(markup));
}

const initial = params.get("html");
if (initial) renderPreview(initial);

document.querySelector<HTMLTextAreaElement>("#editor")?.addEventListener("input", (e) => {
  const value = (e.target as HTMLTextAreaElement).value;
  renderPreview(value);
  history.replaceState(null, "", `?html=${encodeURIComponent(value)}`);
});
