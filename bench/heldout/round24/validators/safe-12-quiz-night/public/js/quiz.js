document.addEventListener("DOMContentLoaded", () => {
  const params = new URLSearchParams(location.search);
  const player = params.get("player") || "Player 1";
  const heading = document.getElementById("player-name");
  heading.textContent = `Good luck, ${player}!`;

  const scoreEl = document.getElementById("score");
  let score = 0;
  document.querySelectorAll("button.answer").forEach((btn) => {
    btn.addEventListener("click", () => {
      if (btn.dataset.correct === "true") score += 1;
      scoreEl.textContent = String(score);
    });
  });
});
