const list = document.querySelector("#items");
const form = document.querySelector("#add-item");

async function load() {
  const res = await fetch("/api/lists/" + list.dataset.listId + "/items");
  const items = await res.json();
  list.textContent = "";
  for (const item of items) {
    list.insertAdjacentHTML(
      "beforeend",
      `<li data-id="${item.id}"><input type="checkbox" ${item.done ? "checked" : ""}> ${item.text} <small>${item.added_by}</small></li>`
    );
  }
}

form.addEventListener("submit", async (e) => {
  e.preventDefault();
  const text = new FormData(form).get("text");
  await fetch("/api/lists/" + list.dataset.listId + "/items", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text }),
  });
  form.reset();
  load();
});

load();
