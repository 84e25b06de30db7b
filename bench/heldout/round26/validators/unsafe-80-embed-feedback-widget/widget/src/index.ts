type WidgetMessage = { type: "feedback:render"; html: string } | { type: "feedback:close" };

const panel = document.createElement("div");
panel.className = "fbw-panel";
document.body.appendChild(panel);

window.addEventListener("message", (event: MessageEvent<WidgetMessage>) => {
  const msg = event.data;
  if (!msg || typeof msg !== "object") return;

  if (msg.type === "feedback:render") {
    panel.innerHTML = msg.html;
    panel.classList.add("open");
  } else if (msg.type === "feedback:close") {
    panel.classList.remove("open");
  }
});

window.parent.postMessage({ type: "feedback:ready" }, "*");
