type Entry = { name: string; message: string; created_at: string };

const list = document.querySelector<HTMLUListElement>("#entries")!;

export async function loadEntries() {
  const res = await fetch("/api/guestbook");
  const entries: Entry[] = await res.json();
  list.replaceChildren();
  for (const e of entries) {
    list.insertAdjacentHTML(
      "beforeend",
      `<li class="entry"><b>${e.name}</b> <span>${e.message}</span><time>${e.created_at}</time></li>`
    );
  }
}

loadEntries();
