(function () {
  const ALLOWED_ORIGIN = "https://app.ratemyride.example";
  const panel = document.createElement("div");
  panel.className = "rating-panel";
  const heading = document.createElement("h2");
  panel.appendChild(heading);
  document.body.appendChild(panel);

  window.addEventListener("message", (event) => {
    if (event.origin !== ALLOWED_ORIGIN) return;
    const data = event.data;
    if (!data || data.type !== "rating:open" || typeof data.title !== "string") return;
    heading.textContent = data.title.slice(0, 120);
    panel.hidden = false;
  });
})();
