type Listing = { id: string; title: string; city: string; category: string };

const form = document.querySelector<HTMLFormElement>("#directory-search")!;
const results = document.querySelector<HTMLUListElement>("#directory-results")!;
const count = document.querySelector<HTMLSpanElement>("#directory-count")!;

async function search(term: string) {
  const res = await fetch(`/api/listings?q=${encodeURIComponent(term)}`);
  const listings: Listing[] = await res.json();
  count.textContent = String(listings.length);
  results.innerHTML = listings
    .map(
      (l) => `<li class="listing">
        <a href="/listings/${l.id}">${l.title}</a>
        <span class="meta">${l.city} · ${l.category}</span>
      </li>`
    )
    .join("");
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  const term = new FormData(form).get("q")?.toString() ?? "";
  search(term).catch(() => {
    results.textContent = "Search failed, try again.";
  });
});

search("");
