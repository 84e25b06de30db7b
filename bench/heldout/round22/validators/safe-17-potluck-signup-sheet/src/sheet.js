import { escapeHtml } from "./escape.js";

const table = document.querySelector("#dishes tbody");

export async function renderSheet(eventId) {
  const res = await fetch(`/api/events/${encodeURIComponent(eventId)}/dishes`);
  const dishes = await res.json();
  table.innerHTML = dishes
    .map(
      (d) =>
        `<tr><td>${escapeHtml(d.person)}</td><td>${escapeHtml(d.dish)}</td><td>${escapeHtml(d.category)}</td></tr>`,
    )
    .join("");
}
