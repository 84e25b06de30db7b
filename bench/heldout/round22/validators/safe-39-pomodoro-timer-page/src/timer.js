const app = document.getElementById("app");

app.innerHTML = `
  <section class="timer">
    <h1 class="task"></h1>
    <p class="clock">25:00</p>
    <button class="start">Start</button>
  </section>
`;

const taskEl = app.querySelector(".task");
const clock = app.querySelector(".clock");
const task = new URLSearchParams(location.search).get("task") || "Focus";
taskEl.textContent = task;

let remaining = 25 * 60;
let timer = null;
app.querySelector(".start").addEventListener("click", () => {
  if (timer) return;
  timer = setInterval(() => {
    remaining -= 1;
    const m = String(Math.floor(remaining / 60)).padStart(2, "0");
    const s = String(remaining % 60).padStart(2, "0");
    clock.textContent = `${m}:${s}`;
    if (remaining <= 0) clearInterval(timer);
  }, 1000);
});
