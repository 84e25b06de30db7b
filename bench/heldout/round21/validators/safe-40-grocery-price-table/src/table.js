const ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ESC[c]);
}

export function renderRows(tbody, items) {
  tbody.innerHTML = items
    .map(
      (it) =>
        `<tr><td>${escapeHtml(it.name)}</td><td>${escapeHtml(it.unit)}</td><td class="num">${escapeHtml(
          Number(it.price).toFixed(2),
        )}</td></tr>`,
    )
    .join("");
}

export async function loadPrices(tbody) {
  const q = new URLSearchParams(location.search).get("q") ?? "";
  const res = await fetch(`/api/prices?q=${encodeURIComponent(q)}`);
  renderRows(tbody, await res.json());
}
