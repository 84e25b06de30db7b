const container = document.getElementById("services");

async function load() {
  const res = await fetch("/api/status");
  const { services } = await res.json();
  container.innerHTML = "";
  for (const s of services) {
    const row = document.createElement("div");
    row.innerHTML = '<span class="name"></span><span class="bar"><span class="fill"></span></span>';
    row.querySelector(".name").textContent = s.name;
    const pct = Math.max(0, Math.min(100, Number(s.uptime) || 0));
    row.querySelector(".fill").style.width = pct + "%";
    container.appendChild(row);
  }
}

load();
setInterval(load, 60000);
