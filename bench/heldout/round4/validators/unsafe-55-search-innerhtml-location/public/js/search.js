document.addEventListener("DOMContentLoaded", async () => {
  const params = new URLSearchParams(window.location.search);
  const query = params.get("q") || "";
  const heading = document.getElementById("results-heading");
  const list = document.getElementById("results");

  heading.innerHTML = `Results for <strong>${query}</strong>`;

  if (!query) return;

  const res = await fetch(`/api/search?q=${encodeURIComponent(query)}`);
  const items = await res.json();

  list.textContent = "";
  for (const item of items) {
    const li = document.createElement("li");
    li.textContent = item.title;
    list.appendChild(li);
  }
});
