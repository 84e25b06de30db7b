type Entry = { name: string; message: string; created_at: string };

const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (s: string) => String(s).replace(/[&<>"']/g, (c) => ESC[c]);

export async function renderEntries(list: HTMLElement) {
  const entries: Entry[] = await (await fetch("/api/guestbook")).json();
  list.innerHTML = "";
  for (const e of entries) {
    list.insertAdjacentHTML(
      "beforeend",
      `<li><b>${escapeHtml(e.name)}</b> <span>${escapeHtml(e.message)}</span> <time>${escapeHtml(e.created_at)}</time></li>`
    );
  }
}
