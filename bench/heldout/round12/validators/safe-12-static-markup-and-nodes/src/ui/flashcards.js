const deckEl = document.getElementById("deck");
const scoreEl = document.getElementById("score");

const CARD_TEMPLATE = `
  <div class="card" tabindex="0">
    <div class="face front"></div>
    <div class="face back"></div>
  </div>`;

function loadDeck() {
  try {
    return JSON.parse(localStorage.getItem("deck") || "[]");
  } catch {
    return [];
  }
}

export function renderDeck() {
  const cards = loadDeck();
  deckEl.innerHTML = "";
  if (cards.length === 0) {
    deckEl.insertAdjacentHTML("beforeend", '<p class="empty">No cards yet. Add one above.</p>');
    return;
  }
  for (const card of cards) {
    const wrapper = document.createElement("div");
    wrapper.innerHTML = CARD_TEMPLATE;
    const node = wrapper.firstElementChild;
    node.querySelector(".front").textContent = card.question;
    node.querySelector(".back").textContent = card.answer;
    node.addEventListener("click", () => node.classList.toggle("flipped"));
    deckEl.appendChild(node);
  }
  scoreEl.textContent = `${cards.filter((c) => c.known).length} / ${cards.length} known`;
}

renderDeck();
