const container = document.getElementById("widget-root") as HTMLElement;

window.addEventListener("message", (event: MessageEvent) => {
  const data = event.data as { type?: string; html?: string; height?: number };
  if (data?.type !== "widget:render" || typeof data.html !== "string") return;

  const range = document.createRange();
  range.selectNodeContents(container);
  const fragment = range.createContextualFragment(data.html);
  container.replaceChildren(fragment);

  if (data.height) container.style.height = `${data.height}px`;
});
