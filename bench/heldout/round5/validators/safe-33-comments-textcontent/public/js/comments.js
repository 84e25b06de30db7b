const list = document.querySelector("#comment-list");
const recipeId = document.body.dataset.recipeId;

function renderComment(c) {
  const li = document.createElement("li");
  li.className = "comment";

  const header = document.createElement("div");
  header.className = "comment-header";
  const author = document.createElement("strong");
  author.textContent = c.author;
  const date = document.createElement("span");
  date.className = "date";
  date.textContent = new Date(c.createdAt).toLocaleDateString();
  header.append(author, date);

  const text = document.createElement("p");
  text.textContent = c.text;

  li.append(header, text);
  return li;
}

async function loadComments() {
  const res = await fetch(`/api/recipes/${recipeId}/comments`);
  const comments = await res.json();
  list.innerHTML = "";
  list.append(...comments.map(renderComment));
}

loadComments();
