const form = document.querySelector("#todo-form");
const input = document.querySelector("#todo-input");
const list = document.querySelector("#todo-list");

const todos = JSON.parse(localStorage.getItem("todos") || "[]");

function add(todo) {
  list.insertAdjacentHTML(
    "beforeend",
    `<li data-id="${todo.id}"><input type="checkbox" ${todo.done ? "checked" : ""}/> ${todo.text}</li>`,
  );
}

todos.forEach(add);

form.addEventListener("submit", (e) => {
  e.preventDefault();
  const todo = { id: crypto.randomUUID(), text: input.value, done: false };
  todos.push(todo);
  localStorage.setItem("todos", JSON.stringify(todos));
  add(todo);
  input.value = "";
});
