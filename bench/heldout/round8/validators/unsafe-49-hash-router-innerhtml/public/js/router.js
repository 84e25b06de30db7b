const routes = {
  "": () => "<h2>Home</h2><p>Pick a deck to study.</p>",
  decks: () => "<h2>Your decks</h2><ul id='deck-list'></ul>",
};

function render() {
  const view = document.getElementById("view");
  const key = decodeURIComponent(location.hash.slice(1));
  const page = routes[key];
  view.innerHTML = page ? page() : "<h2>Not found: " + key + "</h2>";
}

window.addEventListener("hashchange", render);
window.addEventListener("load", render);
