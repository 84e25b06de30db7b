import "./style.css";

const listEl = document.querySelector("#items");
const form = document.querySelector("#add-form");
const listId = new URLSearchParams(location.search).get("list");

async function load() {
  const res = await fetch(`/api/lists/${encodeURIComponent(listId)}/items`, { credentials: "include" });
  const { items } = await res.json();
  listEl.innerHTML = items
    .map(
      (item) => `<li data-id="${item.id}">
        <label><input type="checkbox" ${item.done ? "checked" : ""}/> ${item.name}</label>
        <span class="qty">${item.qty}</span>
      </li>`,
    )
    .join("");
}

form.addEventListener("submit", async (e) => {
  e.preventDefault();
  const name = form.elements.name.value.trim();
  if (!name) return;
  await fetch(`/api/lists/${encodeURIComponent(listId)}/items`, {
    method: "POST",
    credentials: "include",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ name, qty: 1 }),
  });
  form.reset();
  load();
});

load();
