import { escapeHtml } from "./escape.js";

const list = document.querySelector("#items");

export async function render(listId) {
  const items = await fetch(`/api/lists/${encodeURIComponent(listId)}/items`).then((r) => r.json());
  list.innerHTML = items
    .map((item) => `<li data-id="${escapeHtml(item.id)}">${escapeHtml(item.text)} <small>${escapeHtml(item.added_by)}</small></li>`)
    .join("");
}
