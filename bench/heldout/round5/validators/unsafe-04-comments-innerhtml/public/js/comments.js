// Comments widget for the recipe page
const list = document.querySelector("#comment-list");
const form = document.querySelector("#comment-form");
const recipeId = document.body.dataset.recipeId;

async function loadComments() {
  const res = await fetch(`/api/recipes/${recipeId}/comments`);
  const comments = await res.json();

  list.innerHTML = "";
  comments.forEach((c) => {
    list.innerHTML += `
      <li class="comment">
        <div class="comment-header">
          <strong>${c.author}</strong>
          <span class="date">${new Date(c.createdAt).toLocaleDateString()}</span>
        </div>
        <p>${c.text}</p>
      </li>`;
  });
}

form.addEventListener("submit", async (e) => {
  e.preventDefault();
  const data = new FormData(form);
  await fetch(`/api/recipes/${recipeId}/comments`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ author: data.get("author"), text: data.get("text") }),
  });
  form.reset();
  loadComments();
});

loadComments();
