const list = document.getElementById("entries");
const form = document.getElementById("sign");

async function load() {
  const res = await fetch("/api/entries");
  const entries = await res.json();
  list.innerHTML = "";
  for (const e of entries) {
    list.innerHTML += `<li><strong>${e.name}</strong> <time>${e.date}</time><p>${e.message}</p></li>`;
  }
}

form.addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const data = Object.fromEntries(new FormData(form));
  await fetch("/api/entries", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(data),
  });
  form.reset();
  load();
});

load();
