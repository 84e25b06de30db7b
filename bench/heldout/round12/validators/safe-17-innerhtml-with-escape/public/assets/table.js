const ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(value) {
  return String(value ?? "").replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

function formatMoney(cents) {
  return (cents / 100).toLocaleString(undefined, { style: "currency", currency: "EUR" });
}

export function renderExpenses(tbody, expenses) {
  tbody.innerHTML = expenses
    .map(
      (e) => `<tr>
        <td>${escapeHtml(e.date)}</td>
        <td>${escapeHtml(e.description)}</td>
        <td>${escapeHtml(e.paidBy)}</td>
        <td class="num">${escapeHtml(formatMoney(e.amountCents))}</td>
      </tr>`
    )
    .join("");
}

export async function loadExpenses(groupId) {
  const res = await fetch(`/api/groups/${encodeURIComponent(groupId)}/expenses`);
  if (!res.ok) throw new Error("Failed to load expenses");
  const data = await res.json();
  renderExpenses(document.querySelector("#expenses tbody"), data.expenses);
}
