function escapeHtml(s) {
  return String(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

document.addEventListener("DOMContentLoaded", () => {
  const params = new URLSearchParams(window.location.search);
  const name = params.get("name") || "friend";
  const ticket = params.get("ticket");
  document.getElementById("greeting").innerHTML = "Welcome, <span class=\"name\">" + escapeHtml(name) + "</span>!";
  if (ticket) {
    document.getElementById("ticket").innerHTML = `<p>Your ticket: <strong>${escapeHtml(ticket)}</strong></p>`;
  }
});
