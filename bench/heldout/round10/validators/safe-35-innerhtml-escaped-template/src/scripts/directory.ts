type Listing = { id: string; title: string; city: string; category: string };

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function escapeHtml(value: string) {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const results = document.querySelector<HTMLUListElement>("#directory-results")!;

export async function renderListings(term: string) {
  const res = await fetch(`/api/listings?q=${encodeURIComponent(term)}`);
  const listings: Listing[] = await res.json();
  results.innerHTML = listings
    .map(
      (l) => `<li class="listing">
        <a href="/listings/${encodeURIComponent(l.id)}">${escapeHtml(l.title)}</a>
        <span class="meta">${escapeHtml(l.city)} · ${escapeHtml(l.category)}</span>
      </li>`
    )
    .join("");
}
