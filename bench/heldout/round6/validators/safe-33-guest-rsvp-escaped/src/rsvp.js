import { escapeHtml } from "./utils/escape.js";

const table = document.querySelector("#rsvp-rows");

export async function loadRsvps() {
  const res = await fetch("/api/rsvps");
  const rsvps = await res.json();
  table.innerHTML = rsvps
    .map(
      (r) => `<tr>
        <td>${escapeHtml(r.name)}</td>
        <td>${escapeHtml(r.guests)}</td>
        <td>${escapeHtml(r.dietary || "—")}</td>
      </tr>`
    )
    .join("");
}

loadRsvps();
