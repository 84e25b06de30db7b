import "./style.css";

const STORAGE_KEY = "todos-v1";
const list = document.querySelector("#todo-list");
const form = document.querySelector("#todo-form");
const input = document.querySelector("#todo-input");

let todos = JSON.parse(localStorage.getItem(STORAGE_KEY) || "[]");

function save() {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(todos));
}

function render() {
  list.innerHTML = todos
    .map(
      (todo, index) => `
      <li class="todo ${todo.done ? "done" : ""}" data-index="${index}">
        <input type="checkbox" ${todo.done ? "checked" : ""} />
        <span class="title">${todo.title}</span>
        <button class="delete" aria-label="Delete">&times;</button>
      </li>`
    )
    .join("");
  document.querySelector("#count").textContent = `${todos.filter((t) => !t.done).length} left`;
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  const title = input.value.trim();
  if (!title) return;
  todos.push({ title, done: false });
  input.value = "";
  save();
  render();
});

list.addEventListener("click", (e) => {
  const li = e.target.closest("li");
  if (!li) return;
  const i = Number(li.dataset.index);
  if (e.target.matches(".delete")) todos.splice(i, 1);
  else if (e.target.matches("input")) todos[i].done = !todos[i].done;
  save();
  render();
});

render();
