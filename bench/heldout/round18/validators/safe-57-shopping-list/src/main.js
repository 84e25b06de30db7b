import { escapeHtml } from "./escape.js";

const list = document.querySelector("#todo-list");
const form = document.querySelector("#todo-form");
const input = document.querySelector("#todo-input");

function add(text) {
  list.insertAdjacentHTML("beforeend", `<li class="todo">${escapeHtml(text)}</li>`);
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  if (!input.value.trim()) return;
  add(input.value.trim());
  input.value = "";
});
