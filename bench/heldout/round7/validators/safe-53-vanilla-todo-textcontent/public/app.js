const form = document.querySelector("#habit-form");
const input = document.querySelector("#habit-name");
const list = document.querySelector("#habit-list");
const habits = JSON.parse(localStorage.getItem("habits") || "[]");

function render() {
  list.innerHTML = "";
  habits.forEach((h, i) => {
    const li = document.createElement("li");
    const name = document.createElement("span");
    name.className = "name";
    name.textContent = h.name;
    const streak = document.createElement("span");
    streak.textContent = `🔥 ${h.streak}`;
    const btn = document.createElement("button");
    btn.textContent = "Done today";
    btn.addEventListener("click", () => {
      habits[i].streak++;
      save();
    });
    li.append(name, streak, btn);
    list.appendChild(li);
  });
}

function save() {
  localStorage.setItem("habits", JSON.stringify(habits));
  render();
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  habits.push({ name: input.value.trim(), streak: 0 });
  input.value = "";
  save();
});

render();
