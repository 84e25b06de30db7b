const root = document.getElementById("countdown");
root.innerHTML = `
  <h1 class="title"></h1>
  <div class="clock"><span class="d"></span>d <span class="h"></span>h <span class="m"></span>m</div>
`;

const params = new URLSearchParams(location.search);
root.querySelector(".title").textContent = params.get("event") || "New Year";
const target = new Date(params.get("at") || "2027-01-01T00:00:00");

function tick() {
  const ms = Math.max(0, target.getTime() - Date.now());
  root.querySelector(".d").textContent = String(Math.floor(ms / 86400000));
  root.querySelector(".h").textContent = String(Math.floor(ms / 3600000) % 24);
  root.querySelector(".m").textContent = String(Math.floor(ms / 60000) % 60);
}
tick();
setInterval(tick, 30000);
