(async function () {
  const root = document.getElementById("incidents");
  const res = await fetch("/api/incidents?limit=10");
  const incidents = await res.json();

  if (!incidents.length) {
    root.textContent = "All systems operational";
    return;
  }

  for (const inc of incidents) {
    root.insertAdjacentHTML(
      "beforeend",
      `<div class="incident ${inc.severity}">
         <h3>${inc.title}</h3>
         <p>${inc.message}</p>
         <time>${new Date(inc.created_at).toLocaleString()}</time>
       </div>`
    );
  }
})();
