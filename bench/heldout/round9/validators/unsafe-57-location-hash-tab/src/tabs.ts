const tabs = document.querySelectorAll<HTMLButtonElement>("[data-tab]");
const panels = document.querySelectorAll<HTMLElement>("[data-panel]");
const heading = document.querySelector<HTMLHeadingElement>("#section-title")!;

function activate(name: string) {
  tabs.forEach((t) => t.classList.toggle("active", t.dataset.tab === name));
  panels.forEach((p) => (p.hidden = p.dataset.panel !== name));
  heading.innerHTML = `Section: <span class="accent">${name}</span>`;
}

function fromHash() {
  const name = decodeURIComponent(window.location.hash.slice(1)) || "overview";
  activate(name);
}

tabs.forEach((tab) =>
  tab.addEventListener("click", () => {
    window.location.hash = tab.dataset.tab ?? "overview";
  })
);

window.addEventListener("hashchange", fromHash);
fromHash();
