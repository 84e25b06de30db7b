const list = document.querySelector("#todos");
const form = document.querySelector("#new-todo");
let todos = JSON.parse(localStorage.getItem("todos") || "[]");

if (location.hash.startsWith("#import=")) {
  try {
    todos = JSON.parse(decodeURIComponent(location.hash.slice(8)));
    localStorage.setItem("todos", JSON.stringify(todos));
  } catch (e) {
    console.warn("bad import", e);
  }
}

function render() {
  list.innerHTML = todos
    .map((t, i) => `<li data-i="${i}" class="${t.done ? "done" : ""}">${t.title}</li>`)
    .join("");
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  const title = form.elements.title.value.trim();
  if (!title) return;
  todos.push({ title, done: false });
  localStorage.setItem("todos", JSON.stringify(todos));
  form.reset();
  render();
});

list.addEventListener("click", (e) => {
  const i = e.target.dataset.i;
  if (i === undefined) return;
  todos[i].done = !todos[i].done;
  render();
});

render();
