const list = document.querySelector("#entries");
const form = document.querySelector("#entry-form");

function entryNode(e) {
  const li = document.createElement("li");
  li.className = "entry";
  const b = document.createElement("b");
  b.textContent = e.name;
  const p = document.createElement("p");
  p.textContent = e.message;
  const t = document.createElement("time");
  t.textContent = new Date(e.created_at).toLocaleString();
  li.append(b, p, t);
  return li;
}

async function load() {
  const entries = await (await fetch("/api/entries")).json();
  list.replaceChildren(...entries.map(entryNode));
}

form.addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const data = Object.fromEntries(new FormData(form));
  await fetch("/api/entries", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(data) });
  form.reset();
  load();
});

load();
