import { escapeHtml } from "./escape.js";

const menu = document.querySelector("#menu");

export async function renderMenu() {
  const res = await fetch("/api/menu");
  const dishes = await res.json();
  menu.innerHTML = dishes
    .map(
      (d) => `<li class="dish" data-id="${escapeHtml(d.id)}">
        <span class="name">${escapeHtml(d.name)}</span>
        <span class="price">${escapeHtml((d.price_cents / 100).toFixed(2))} €</span>
        <button type="button" class="add">Add</button>
      </li>`,
    )
    .join("");
}
