const form = document.querySelector("#add-item");
const input = document.querySelector("#item");
const list = document.querySelector("#items");

const saved = JSON.parse(localStorage.getItem("items") || "[]");
saved.forEach(render);

function render(item) {
  list.innerHTML += `<li class="item"><span>${item}</span><button class="remove">×</button></li>`;
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  const value = input.value.trim();
  if (!value) return;
  saved.push(value);
  localStorage.setItem("items", JSON.stringify(saved));
  render(value);
  input.value = "";
});
