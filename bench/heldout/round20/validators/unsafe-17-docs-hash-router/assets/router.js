const content = document.getElementById("content");
const pages = { intro: "/docs/intro.html", setup: "/docs/setup.html" };

async function render() {
  const key = decodeURIComponent(location.hash.slice(1)) || "intro";
  if (pages[key]) {
    const html = await (await fetch(pages[key])).text();
    content.innerHTML = html;
  } else {
    content.innerHTML = "";
    content.insertAdjacentHTML("beforeend", `<h2>Page not found</h2><p>No page called ${key}.</p>`);
  }
}

window.addEventListener("hashchange", render);
render();
