(function () {
  const q = new URLSearchParams(window.location.search).get("q") || "";
  const heading = document.getElementById("results-heading");
  heading.textContent = "Showing results for ";
  const b = document.createElement("b");
  b.textContent = q;
  heading.appendChild(b);
})();
