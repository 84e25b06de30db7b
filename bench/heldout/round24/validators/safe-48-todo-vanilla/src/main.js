const list = document.querySelector("#todos");
const form = document.querySelector("#new-todo");
const input = form.querySelector("input");

let todos = JSON.parse(localStorage.getItem("todos") || "[]");

function render() {
  list.innerHTML = "";
  for (const todo of todos) {
    const li = document.createElement("li");
    li.textContent = todo.text;
    li.classList.toggle("done", todo.done);
    li.addEventListener("click", () => {
      todo.done = !todo.done;
      save();
    });
    list.appendChild(li);
  }
}

function save() {
  localStorage.setItem("todos", JSON.stringify(todos));
  render();
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  if (!input.value.trim()) return;
  todos.push({ text: input.value.trim(), done: false });
  input.value = "";
  save();
});

render();
