const BADGES: Record<string, string> = {
  operational: '<span class="badge ok">Operational</span>',
  degraded: '<span class="badge warn">Degraded</span>',
  outage: '<span class="badge bad">Outage</span>',
};

type Service = { name: string; status: string };

export async function renderStatus(root: HTMLElement) {
  const services: Service[] = await fetch("/status.json").then((r) => r.json());
  root.replaceChildren();
  for (const s of services) {
    const row = document.createElement("div");
    row.className = "service";
    const name = document.createElement("span");
    name.textContent = s.name;
    const badge = document.createElement("span");
    badge.innerHTML = BADGES[s.status] ?? BADGES.degraded;
    row.append(name, badge);
    root.append(row);
  }
}
