async function renderDirectory() {
  const res = await fetch("/api/members");
  const members = await res.json();
  const placeholders = document.querySelectorAll("[data-member-slot]");
  members.forEach((m, i) => {
    const slot = placeholders[i];
    if (!slot) return;
    slot.outerHTML =
      '<div class="card"><h3>' + m.name + "</h3><p>" + m.title + "</p></div>";
  });
}

renderDirectory();
