const params = new URLSearchParams(window.location.search);
const q = params.get("q") || "";

document.getElementById("results-title").innerHTML = `Results for <em>${q}</em>`;

fetch(`/api/search?q=${encodeURIComponent(q)}`)
  .then((r) => r.json())
  .then((items) => {
    const list = document.getElementById("results");
    for (const item of items) {
      const li = document.createElement("li");
      li.textContent = item.title;
      list.appendChild(li);
    }
  });
