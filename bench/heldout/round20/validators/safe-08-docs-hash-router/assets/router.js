const content = document.getElementById("content");
const pages = new Map([
  ["intro", "/docs/intro.html"],
  ["setup", "/docs/setup.html"],
]);

async function render() {
  const key = decodeURIComponent(location.hash.slice(1)) || "intro";
  const page = pages.get(key);
  if (page) {
    content.innerHTML = await (await fetch(page)).text();
    return;
  }
  const h2 = document.createElement("h2");
  h2.textContent = "Page not found";
  const p = document.createElement("p");
  p.textContent = `No page called ${key}.`;
  content.replaceChildren(h2, p);
}

window.addEventListener("hashchange", render);
render();
