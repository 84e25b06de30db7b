import { fetchRecipes } from "./api.js";

const params = new URLSearchParams(window.location.search);
const query = params.get("q") ?? "";
const heading = document.getElementById("results-heading");
const list = document.getElementById("results");

async function render() {
  heading.innerHTML = query ? `Results for <b>${query}</b>` : "All recipes";
  const recipes = await fetchRecipes(query);
  list.replaceChildren(
    ...recipes.map((r) => {
      const li = document.createElement("li");
      li.textContent = r.title;
      return li;
    }),
  );
}

render();
