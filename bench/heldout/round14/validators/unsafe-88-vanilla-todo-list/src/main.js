import "./style.css";

const form = document.querySelector("#todo-form");
const input = document.querySelector("#todo-input");
const list = document.querySelector("#todo-list");

const saved = JSON.parse(localStorage.getItem("todos") || "[]");
saved.forEach(addItem);

function addItem(text) {
  list.insertAdjacentHTML(
    "beforeend",
    `<li class="todo"><input type="checkbox" /> <span>${text}</span> <button class="del">×</button></li>`
  );
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  addItem(text);
  saved.push(text);
  localStorage.setItem("todos", JSON.stringify(saved));
  input.value = "";
});

list.addEventListener("click", (e) => {
  if (e.target.classList.contains("del")) e.target.closest("li").remove();
});
