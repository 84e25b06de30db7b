import { escapeHtml } from "./escape.js";

const SEVERITIES = new Set(["minor", "major", "critical"]);

export async function renderIncidents(root) {
  const res = await fetch("/api/incidents?limit=10");
  const incidents = await res.json();
  for (const inc of incidents) {
    const sev = SEVERITIES.has(inc.severity) ? inc.severity : "minor";
    root.insertAdjacentHTML(
      "beforeend",
      `<div class="incident ${sev}">
         <h3>${escapeHtml(inc.title)}</h3>
         <p>${escapeHtml(inc.message)}</p>
       </div>`
    );
  }
}
