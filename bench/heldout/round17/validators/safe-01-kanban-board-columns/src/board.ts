type Card = { id: string; title: string; column: string };

export function renderColumn(el: HTMLElement, cards: Card[]) {
  el.innerHTML = "";
  for (const card of cards) {
    const li = document.createElement("li");
    li.className = "card";
    li.draggable = true;
    li.dataset.id = card.id;
    li.textContent = card.title;
    el.appendChild(li);
  }
}
