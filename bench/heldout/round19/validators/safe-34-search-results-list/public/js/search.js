const q = new URLSearchParams(location.search).get("q") || "";
const title = document.getElementById("results-title");
title.textContent = `Results for “${q}”`;

fetch(`/api/search?q=${encodeURIComponent(q)}`)
  .then((r) => r.json())
  .then((items) => {
    const list = document.getElementById("results");
    list.innerHTML = "";
    for (const item of items) {
      const a = document.createElement("a");
      a.textContent = item.title;
      a.href = `/items/${encodeURIComponent(item.id)}`;
      const li = document.createElement("li");
      li.append(a);
      list.append(li);
    }
  });
