import { escapeHtml } from "./util/escape.js";

const container = document.getElementById("toasts");

export function showToast({ title, body, link }) {
  const safeLink =
    typeof link === "string" && /^\/(?![\/\\])[^\\\s]*$/.test(link) ? link : null; // same-site path only
  container.insertAdjacentHTML(
    "afterbegin",
    `<div class="toast" role="status">
       <strong>${escapeHtml(title)}</strong>
       <p>${escapeHtml(body)}</p>
       ${safeLink ? `<a href="${escapeHtml(safeLink)}">Open</a>` : ""}
     </div>`
  );
  const el = container.firstElementChild;
  setTimeout(() => el.remove(), 6000);
}
