const listEl = document.getElementById("entries");
const formEl = document.getElementById("entry-form");

async function loadEntries() {
  const res = await fetch("/api/guestbook");
  const entries = await res.json();
  listEl.textContent = "";
  for (const entry of entries) {
    listEl.insertAdjacentHTML(
      "beforeend",
      `<li class="entry">
         <p class="entry-name">${entry.name}</p>
         <p class="entry-message">${entry.message}</p>
         <time>${new Date(entry.created_at).toLocaleString()}</time>
       </li>`
    );
  }
}

formEl.addEventListener("submit", async (e) => {
  e.preventDefault();
  const body = Object.fromEntries(new FormData(formEl).entries());
  await fetch("/api/guestbook", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  formEl.reset();
  loadEntries();
});

loadEntries();
