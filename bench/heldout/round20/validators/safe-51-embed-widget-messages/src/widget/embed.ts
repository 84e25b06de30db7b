type WidgetMessage = { type: "title"; text: string } | { type: "resize"; height: number };

const PARENT_ORIGIN = "https://app.example.com";
const root = document.getElementById("widget-root") as HTMLDivElement;
const title = document.getElementById("widget-title") as HTMLHeadingElement;

window.addEventListener("message", (event: MessageEvent<WidgetMessage>) => {
  if (event.origin !== PARENT_ORIGIN) return;
  const msg = event.data;
  if (msg.type === "title") {
    title.textContent = String(msg.text).slice(0, 120);
  } else if (msg.type === "resize" && Number.isFinite(msg.height)) {
    root.style.height = `${Math.min(Math.max(msg.height, 100), 2000)}px`;
  }
});

window.parent.postMessage({ type: "ready" }, PARENT_ORIGIN);
