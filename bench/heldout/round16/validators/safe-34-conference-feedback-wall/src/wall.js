function escapeHtml(value) {
  return String(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export async function renderWall(el) {
  const res = await fetch("/api/feedback");
  const posts = await res.json();
  el.innerHTML = posts
    .map((p) => `<figure class="card"><blockquote>${escapeHtml(p.text)}</blockquote><figcaption>${escapeHtml(p.name)}</figcaption></figure>`)
    .join("");
}
