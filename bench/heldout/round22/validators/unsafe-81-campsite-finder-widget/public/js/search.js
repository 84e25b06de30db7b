const params = new URLSearchParams(window.location.search);
const q = params.get("q") || "";
const results = document.getElementById("results");
const input = document.getElementById("search-input");
input.value = q;

async function run() {
  const res = await fetch(`/api/campsites?q=${encodeURIComponent(q)}`);
  const sites = await res.json();
  if (sites.length === 0) {
    results.innerHTML = `<p class="empty">No campsites found for <strong>${q}</strong>. Try another town.</p>`;
    return;
  }
  results.textContent = "";
  for (const site of sites) {
    const li = document.createElement("li");
    li.textContent = `${site.name} (${site.region})`;
    results.appendChild(li);
  }
}

run();
