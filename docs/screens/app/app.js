"use strict";

// Tasks live in localStorage under one key: [{ id, text, due: "YYYY-MM-DD" | "", done }]
const KEY = "task-garden";
const list = document.getElementById("list");
const empty = document.getElementById("empty");
const form = document.getElementById("add");
let filter = "all";

function load() {
  try {
    return JSON.parse(localStorage.getItem(KEY)) ?? sample();
  } catch {
    return sample();
  }
}

function save() {
  localStorage.setItem(KEY, JSON.stringify(tasks));
}

function today() {
  return new Date().toISOString().slice(0, 10);
}

function shift(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return d.toISOString().slice(0, 10);
}

// A first visit starts with a few tasks, so the filters have something to show.
function sample() {
  return [
    { id: 1, text: "Water the tomatoes", due: today(), done: false },
    { id: 2, text: "Order seed potatoes", due: shift(-2), done: false },
    { id: 3, text: "Fix the shed door", due: shift(5), done: false },
    { id: 4, text: "Compost the leaves", due: shift(-1), done: true },
  ];
}

let tasks = load();

function isOverdue(task) {
  return !task.done && task.due !== "" && task.due < today();
}

function shown(task) {
  switch (filter) {
    case "today": return !task.done && task.due === today();
    case "overdue": return isOverdue(task);
    case "done": return task.done;
    default: return true;
  }
}

function dueText(task) {
  if (!task.due) return "no date";
  if (task.due === today()) return "due today";
  const date = new Date(task.due + "T00:00");
  const label = date.toLocaleDateString(undefined, { weekday: "short", day: "numeric", month: "short" });
  return isOverdue(task) ? `overdue since ${label}` : `due ${label}`;
}

function row(task) {
  const li = document.createElement("li");
  li.className = "task" + (isOverdue(task) ? " overdue" : "") + (task.done ? " done" : "");

  const box = document.createElement("input");
  box.type = "checkbox";
  box.checked = task.done;
  box.setAttribute("aria-label", `Done: ${task.text}`);
  box.addEventListener("change", () => {
    task.done = box.checked;
    save();
    render();
  });

  const text = document.createElement("span");
  text.className = "text";
  text.textContent = task.text;

  const due = document.createElement("span");
  due.className = "due";
  due.textContent = dueText(task);

  const remove = document.createElement("button");
  remove.className = "remove";
  remove.textContent = "✕";
  remove.setAttribute("aria-label", `Remove ${task.text}`);
  remove.addEventListener("click", () => {
    tasks = tasks.filter((t) => t.id !== task.id);
    save();
    render();
  });

  li.append(box, text, due, remove);
  return li;
}

function render() {
  const visible = tasks
    .filter(shown)
    .sort((a, b) => (a.due || "9999").localeCompare(b.due || "9999"));
  list.replaceChildren(...visible.map(row));
  empty.hidden = visible.length > 0;
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = form.task.value.trim();
  if (!text) return;
  tasks.push({ id: Date.now(), text, due: form.due.value, done: false });
  save();
  form.reset();
  form.task.focus();
  render();
});

document.querySelectorAll("[data-filter]").forEach((button) => {
  button.addEventListener("click", () => {
    filter = button.dataset.filter;
    document.querySelectorAll("[data-filter]").forEach((b) =>
      b.setAttribute("aria-pressed", String(b === button)));
    render();
  });
});

render();
