const template = document.getElementById("card-template");

export function renderColumn(columnEl, cards) {
  const list = columnEl.querySelector(".cards");
  list.innerHTML = "";
  for (const card of cards) {
    const node = template.content.cloneNode(true);
    node.querySelector(".card-title").textContent = card.title;
    node.querySelector(".card-owner").textContent = card.owner;
    node.querySelector(".card").dataset.id = String(card.id);
    list.appendChild(node);
  }
  columnEl.querySelector(".count").textContent = String(cards.length);
}
