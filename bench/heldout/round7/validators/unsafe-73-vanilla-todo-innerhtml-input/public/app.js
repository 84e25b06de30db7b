const form = document.querySelector("#habit-form");
const input = document.querySelector("#habit-name");
const list = document.querySelector("#habit-list");

const habits = JSON.parse(localStorage.getItem("habits") || "[]");

function render() {
  list.innerHTML = "";
  habits.forEach((h, i) => {
    list.innerHTML += `
      <li class="habit">
        <span class="name">${h.name}</span>
        <span class="streak">🔥 ${h.streak}</span>
        <button data-i="${i}" class="done">Done today</button>
      </li>`;
  });
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  habits.push({ name: input.value, streak: 0 });
  localStorage.setItem("habits", JSON.stringify(habits));
  input.value = "";
  render();
});

list.addEventListener("click", (e) => {
  const i = e.target.dataset.i;
  if (i === undefined) return;
  habits[i].streak++;
  localStorage.setItem("habits", JSON.stringify(habits));
  render();
});

render();
