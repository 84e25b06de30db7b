document.addEventListener("DOMContentLoaded", () => {
  const params = new URLSearchParams(window.location.search);
  const name = params.get("name");
  const greeting = document.querySelector("#greeting");

  if (name && greeting) {
    greeting.innerHTML = `Welcome back, <strong>${name}</strong>! Your streak is waiting.`;
  }

  document.querySelectorAll("[data-year]").forEach((el) => {
    el.textContent = String(new Date().getFullYear());
  });
});
