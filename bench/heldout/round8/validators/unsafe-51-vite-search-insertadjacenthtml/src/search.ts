import { searchRecipes } from "./api";

const input = document.querySelector<HTMLInputElement>("#q")!;
const results = document.querySelector<HTMLDivElement>("#results")!;

async function run() {
  const term = input.value.trim();
  results.replaceChildren();
  const hits = await searchRecipes(term);
  if (hits.length === 0) {
    results.insertAdjacentHTML("beforeend", `<p class="empty">No recipes for "${input.value}"</p>`);
    return;
  }
  for (const hit of hits) {
    const a = document.createElement("a");
    a.href = `/recipes/${hit.slug}`;
    a.textContent = hit.title;
    results.append(a);
  }
}

input.value = new URLSearchParams(location.search).get("q") ?? "";
input.addEventListener("input", () => void run());
if (input.value) void run();
