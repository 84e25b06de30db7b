import { escapeHtml } from "./escape";

type Stall = { name: string; owner: string; category: string };

export async function renderStalls(container: HTMLElement) {
  const stalls: Stall[] = await fetch("/api/stalls").then((r) => r.json());
  container.innerHTML = stalls
    .map(
      (s) =>
        `<article class="stall"><h3>${escapeHtml(s.name)}</h3><p>${escapeHtml(s.owner)} · ${escapeHtml(s.category)}</p></article>`
    )
    .join("");
}
