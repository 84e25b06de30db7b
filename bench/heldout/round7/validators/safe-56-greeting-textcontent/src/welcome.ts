document.addEventListener("DOMContentLoaded", () => {
  const el = document.getElementById("greeting");
  if (!el) return;
  const name = new URLSearchParams(window.location.search).get("name") ?? "friend";
  const strong = document.createElement("strong");
  strong.textContent = name.slice(0, 40);
  el.replaceChildren("Bonjour, ", strong, " ! Ravi de vous revoir.");
});
