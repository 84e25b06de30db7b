const params = new URLSearchParams(window.location.search);
const q = params.get("q")?.trim() ?? "";

const heading = document.querySelector<HTMLHeadingElement>("#heading")!;
const list = document.querySelector<HTMLUListElement>("#list")!;

heading.textContent = q ? `Results for “${q}”` : "Everything";

async function run() {
  const res = await fetch(`/api/items?q=${encodeURIComponent(q)}`);
  const items: { id: string; name: string; city: string }[] = await res.json();
  const frag = document.createDocumentFragment();
  for (const item of items) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = `/items/${encodeURIComponent(item.id)}`;
    a.textContent = item.name;
    const small = document.createElement("small");
    small.textContent = ` — ${item.city}`;
    li.append(a, small);
    frag.append(li);
  }
  list.replaceChildren(frag);
}

run();
