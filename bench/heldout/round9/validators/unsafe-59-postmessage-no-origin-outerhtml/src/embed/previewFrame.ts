type PreviewMessage = {
  type: "render";
  html: string;
  title?: string;
};

const root = document.getElementById("preview-root") as HTMLDivElement;
const titleEl = document.getElementById("preview-title") as HTMLHeadingElement;

window.addEventListener("message", (event: MessageEvent<PreviewMessage>) => {
  const data = event.data;
  if (!data || data.type !== "render") return;

  root.innerHTML = data.html;
  if (data.title) {
    titleEl.innerHTML = data.title;
  }
  window.parent.postMessage({ type: "rendered", height: document.body.scrollHeight }, "*");
});

window.parent.postMessage({ type: "ready" }, "*");
