const list = document.getElementById("items");
const input = document.getElementById("item");
const items = JSON.parse(localStorage.getItem("shopping") || "[]");

function render() {
  list.innerHTML = "";
  for (const text of items) {
    const li = document.createElement("li");
    li.textContent = text;
    list.appendChild(li);
  }
}

document.getElementById("add").addEventListener("click", () => {
  const value = input.value.trim();
  if (!value) return;
  items.push(value);
  localStorage.setItem("shopping", JSON.stringify(items));
  input.value = "";
  render();
});

render();
