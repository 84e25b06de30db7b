import "./style.css";

const input = document.querySelector("#task-input");
const list = document.querySelector("#task-list");
const STORAGE_KEY = "tasks:v1";

let tasks = JSON.parse(localStorage.getItem(STORAGE_KEY) || "[]");

function render() {
  list.innerHTML = tasks
    .map(
      (t, i) => `
      <li class="task ${t.done ? "done" : ""}">
        <input type="checkbox" data-index="${i}" ${t.done ? "checked" : ""} />
        <span>${t.title}</span>
      </li>`
    )
    .join("");
}

document.querySelector("#task-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const title = input.value.trim();
  if (!title) return;
  tasks.push({ title, done: false });
  localStorage.setItem(STORAGE_KEY, JSON.stringify(tasks));
  input.value = "";
  render();
});

list.addEventListener("change", (e) => {
  const i = Number(e.target.dataset.index);
  tasks[i].done = e.target.checked;
  localStorage.setItem(STORAGE_KEY, JSON.stringify(tasks));
  render();
});

render();
