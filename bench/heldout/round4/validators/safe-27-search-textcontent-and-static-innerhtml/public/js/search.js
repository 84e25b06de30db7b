document.addEventListener("DOMContentLoaded", async () => {
  const params = new URLSearchParams(window.location.search);
  const query = params.get("q") || "";
  const heading = document.getElementById("results-heading");
  const list = document.getElementById("results");

  heading.textContent = "";
  const label = document.createTextNode("Results for ");
  const strong = document.createElement("strong");
  strong.textContent = query;
  heading.append(label, strong);

  list.innerHTML = "";
  if (!query) {
    list.innerHTML = '<li class="empty">Type something to search the recipe box.</li>';
    return;
  }

  const res = await fetch(`/api/search?q=${encodeURIComponent(query)}`);
  const items = await res.json();
  for (const item of items) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = `/recipes/${encodeURIComponent(item.slug)}`;
    a.textContent = item.title;
    li.appendChild(a);
    list.appendChild(li);
  }
});
