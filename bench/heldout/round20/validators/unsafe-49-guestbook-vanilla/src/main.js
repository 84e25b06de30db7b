const list = document.querySelector("#entries");
const form = document.querySelector("#entry-form");

async function load() {
  const res = await fetch("/api/entries");
  const entries = await res.json();
  list.innerHTML = entries
    .map((e) => `<li class="entry"><b>${e.name}</b><p>${e.message}</p><time>${new Date(e.created_at).toLocaleString()}</time></li>`)
    .join("");
}

form.addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const data = Object.fromEntries(new FormData(form));
  await fetch("/api/entries", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(data) });
  form.reset();
  load();
});

load();
