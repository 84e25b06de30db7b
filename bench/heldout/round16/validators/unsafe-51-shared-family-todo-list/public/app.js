const form = document.querySelector("#todo-form");
const input = document.querySelector("#todo-input");
const list = document.querySelector("#todo-list");

const listId = new URLSearchParams(location.search).get("list") || "family";
let todos = [];

function render() {
  list.innerHTML = "";
  todos.forEach((t, i) => {
    list.innerHTML += '<li data-i="' + i + '"><input type="checkbox" ' + (t.done ? "checked" : "") + "> " + t.text + "</li>";
  });
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  if (!input.value.trim()) return;
  todos.push({ text: input.value, done: false });
  fetch("/api/lists/" + encodeURIComponent(listId), {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(todos),
  });
  input.value = "";
  render();
});

fetch("/api/lists/" + encodeURIComponent(listId))
  .then((r) => r.json())
  .then((items) => {
    todos = items;
    render();
  });
