document.addEventListener("DOMContentLoaded", () => {
  const name = new URLSearchParams(location.search).get("name") ?? "friend";
  const target = document.getElementById("greeting");
  if (!target) return;
  target.innerHTML = "";
  const h2 = document.createElement("h2");
  h2.textContent = `Welcome back, ${name}!`;
  target.appendChild(h2);
});
