const root = document.getElementById("preview-root");

window.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type !== "preview") return;
  root.innerHTML = data.html;
  document.title = data.title || "Preview";
});

window.parent.postMessage({ type: "ready" }, "*");
