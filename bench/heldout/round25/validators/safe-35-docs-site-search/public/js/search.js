(function () {
  const q = new URLSearchParams(location.search).get("q") || "";
  const heading = document.getElementById("results-heading");
  heading.textContent = `Results for "${q}"`;

  fetch("/search-index.json")
    .then((r) => r.json())
    .then((pages) => {
      const list = document.getElementById("results");
      list.innerHTML = "";
      for (const p of pages.filter((x) => x.title.toLowerCase().includes(q.toLowerCase()))) {
        const li = document.createElement("li");
        li.textContent = p.title;
        list.appendChild(li);
      }
    });
})();
