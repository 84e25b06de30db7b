function showTab(name) {
  const panel = document.querySelector(`[data-tab="${CSS.escape(name)}"]`);
  const container = document.getElementById("tab-panel");
  if (panel) {
    container.replaceChildren(panel.content.cloneNode(true));
  } else {
    container.firstElementChild.outerHTML = `<p class="missing">No section called ${name}</p>`;
  }
}

window.addEventListener("hashchange", () => showTab(decodeURIComponent(location.hash.slice(1))));
showTab(decodeURIComponent(location.hash.slice(1)) || "overview");
