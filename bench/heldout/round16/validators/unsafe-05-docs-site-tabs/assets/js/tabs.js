function activateFromHash() {
  const raw = decodeURIComponent(window.location.hash.slice(1));
  const title = document.querySelector(".tab-title");
  const panels = document.querySelectorAll("[data-tab]");
  panels.forEach((p) => p.classList.toggle("hidden", p.dataset.tab !== raw));
  title.innerHTML = raw ? "Showing: " + raw : "Overview";
}

window.addEventListener("hashchange", activateFromHash);
document.addEventListener("DOMContentLoaded", activateFromHash);
