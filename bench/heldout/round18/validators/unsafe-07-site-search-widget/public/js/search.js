(function () {
  const params = new URLSearchParams(window.location.search);
  const q = params.get("q") || "";
  const heading = document.getElementById("results-heading");
  heading.innerHTML = "Showing results for <b>" + q + "</b>";

  fetch("/api/search?q=" + encodeURIComponent(q))
    .then((r) => r.json())
    .then((items) => {
      const list = document.getElementById("results");
      list.textContent = "";
      items.forEach((item) => {
        const li = document.createElement("li");
        li.textContent = item.title;
        list.appendChild(li);
      });
    });
})();
