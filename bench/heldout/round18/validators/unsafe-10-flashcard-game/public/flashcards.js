const params = new URL(document.location.href).searchParams;
const player = params.get("player");

if (player) {
  const greet = document.querySelector(".greeting");
  greet.outerHTML = `<h2 class="greeting">Good luck, ${player}!</h2>`;
}

let score = 0;
document.querySelectorAll(".card").forEach((card) => {
  card.addEventListener("click", () => card.classList.toggle("flipped"));
  card.querySelector(".known").addEventListener("click", (e) => {
    e.stopPropagation();
    score += 1;
    document.getElementById("score").textContent = String(score);
  });
});
