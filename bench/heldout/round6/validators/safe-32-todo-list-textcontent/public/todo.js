const form = document.querySelector("#todo-form");
const input = document.querySelector("#todo-input");
const list = document.querySelector("#todo-list");

let todos = JSON.parse(localStorage.getItem("todos") || "[]");

function render() {
  list.innerHTML = "";
  for (const todo of todos) {
    const li = document.createElement("li");
    const label = document.createElement("span");
    label.textContent = todo.text;
    if (todo.done) li.classList.add("done");
    li.append(label);
    li.addEventListener("click", () => {
      todo.done = !todo.done;
      save();
    });
    list.append(li);
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
