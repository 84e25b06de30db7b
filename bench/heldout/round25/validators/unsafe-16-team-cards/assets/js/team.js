async function renderTeam() {
  const res = await fetch("/api/team");
  const members = await res.json();
  document.querySelectorAll("[data-member-slot]").forEach((slot, i) => {
    const m = members[i];
    if (!m) return;
    slot.outerHTML = `
      <div class="card">
        <img src="${m.avatarUrl}" alt="">
        <h3>${m.name}</h3>
        <p>${m.title}</p>
      </div>`;
  });
}

document.addEventListener("DOMContentLoaded", renderTeam);
