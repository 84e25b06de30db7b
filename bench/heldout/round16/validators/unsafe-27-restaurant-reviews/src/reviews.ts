type Review = { author: string; stars: number; text: string };

export async function loadReviews(container: HTMLElement, restaurantId: string) {
  const res = await fetch(`/api/restaurants/${encodeURIComponent(restaurantId)}/reviews`);
  const reviews: Review[] = await res.json();
  container.innerHTML = reviews
    .map(
      (r) => `
      <article class="review">
        <header>${r.author} <span class="stars">${"★".repeat(r.stars)}</span></header>
        <p>${r.text}</p>
      </article>`
    )
    .join("");
}
