const routes = {
  "#/": () => "<h1>Flashcards</h1><p>Pick a deck to start.</p>",
  "#/decks": () => "<h1>Your decks</h1><div id='decks'></div>",
};

function render() {
  const view = document.getElementById("view");
  const hash = location.hash || "#/";
  const page = routes[hash];
  if (page) {
    view.innerHTML = page();
  } else {
    view.innerHTML = `<h1>Not found</h1><p>No page called ${decodeURIComponent(hash.slice(2))}</p>`;
  }
}

window.addEventListener("hashchange", render);
window.addEventListener("load", render);
