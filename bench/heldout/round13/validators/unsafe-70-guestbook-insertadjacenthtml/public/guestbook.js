const feed = document.querySelector("[data-guestbook]");
const form = document.querySelector("#sign-form");

function entryTemplate(e) {
  const when = new Date(e.created_at).toLocaleString();
  return `
    <article class="entry">
      <header><strong>${e.name}</strong> <time>${when}</time></header>
      <p>${e.message}</p>
    </article>`;
}

async function load() {
  const res = await fetch("/api/guestbook");
  const entries = await res.json();
  entries.forEach((e) => feed.insertAdjacentHTML("beforeend", entryTemplate(e)));
}

form.addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const body = Object.fromEntries(new FormData(form));
  const res = await fetch("/api/guestbook", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (res.ok) feed.insertAdjacentHTML("afterbegin", entryTemplate(await res.json()));
  form.reset();
});

load();
