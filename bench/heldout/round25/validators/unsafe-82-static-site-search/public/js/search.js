(function () {
  const params = new URLSearchParams(window.location.search);
  const q = params.get("q") || "";
  const heading = document.getElementById("results-heading");
  heading.innerHTML = "Results for <em>" + q + "</em>";

  fetch("/search-index.json")
    .then((r) => r.json())
    .then((pages) => {
      const list = document.getElementById("results");
      pages
        .filter((p) => p.title.toLowerCase().includes(q.toLowerCase()))
        .forEach((p) => {
          const li = document.createElement("li");
          const a = document.createElement("a");
          a.href = p.url;
          a.textContent = p.title;
          li.appendChild(a);
          list.appendChild(li);
        });
    });
})();
