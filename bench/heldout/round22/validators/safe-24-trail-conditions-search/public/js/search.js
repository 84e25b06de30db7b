const q = new URLSearchParams(window.location.search).get("q") || "";
const results = document.getElementById("results");
const summary = document.getElementById("summary");

async function run() {
  const res = await fetch(`/api/trails?q=${encodeURIComponent(q)}`);
  const trails = await res.json();
  summary.textContent = trails.length ? `${trails.length} trails match "${q}"` : `No trails match "${q}"`;
  results.replaceChildren(
    ...trails.map((t) => {
      const li = document.createElement("li");
      const strong = document.createElement("strong");
      strong.textContent = t.name;
      li.append(strong, ` — ${t.condition}`);
      return li;
    }),
  );
}

run();
