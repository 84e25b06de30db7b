const feed = document.getElementById("changelog");

const CARD = `
  <article class="entry">
    <time class="entry-date"></time>
    <h3 class="entry-title"></h3>
    <p class="entry-summary"></p>
    <a class="entry-link">Read more</a>
  </article>`;

async function loadChangelog() {
  const res = await fetch("/changelog.json");
  const entries = await res.json();

  for (const entry of entries) {
    feed.insertAdjacentHTML("beforeend", CARD);
    const card = feed.lastElementChild;
    card.querySelector(".entry-date").textContent = new Date(entry.date).toLocaleDateString();
    card.querySelector(".entry-title").textContent = entry.title;
    card.querySelector(".entry-summary").textContent = entry.summary;
    const link = card.querySelector(".entry-link");
    const href = new URL(entry.slug, window.location.origin + "/changelog/");
    link.setAttribute("href", href.origin === window.location.origin ? href.pathname : "/changelog");
  }
}

loadChangelog();
