const list = document.getElementById("entries");

const ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (ch) => ESC[ch]);
}

async function load() {
  const res = await fetch("/api/entries");
  const entries = await res.json();
  list.innerHTML = entries
    .map(
      (e) =>
        `<li><strong>${escapeHtml(e.name)}</strong> <time>${escapeHtml(e.date)}</time><p>${escapeHtml(e.message)}</p></li>`
    )
    .join("");
}

load();
