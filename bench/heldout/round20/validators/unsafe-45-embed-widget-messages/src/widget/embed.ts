type WidgetMessage = { type: "render"; html: string } | { type: "resize"; height: number };

const root = document.getElementById("widget-root") as HTMLDivElement;

window.addEventListener("message", (event: MessageEvent<WidgetMessage>) => {
  const msg = event.data;
  if (msg.type === "render") {
    root.innerHTML = msg.html;
  } else if (msg.type === "resize") {
    root.style.height = `${msg.height}px`;
  }
});

window.parent.postMessage({ type: "ready" }, "*");
