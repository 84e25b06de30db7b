type Trail = { id: string; name: string; region: string; km: number; notes: string; submitted_by: string };

export async function loadTrails(region: string) {
  const res = await fetch(`/api/trails?region=${encodeURIComponent(region)}`);
  const trails: Trail[] = await res.json();
  const list = document.getElementById("trail-list")!;

  list.innerHTML = trails
    .map(
      (t) => `<li>
        <strong>${t.name}</strong> · ${t.km} km
        <p>${t.notes}</p>
        <small>shared by ${t.submitted_by}</small>
      </li>`
    )
    .join("");
}
