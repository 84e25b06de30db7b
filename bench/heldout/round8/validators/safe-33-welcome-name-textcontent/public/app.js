document.addEventListener("DOMContentLoaded", () => {
  const params = new URLSearchParams(window.location.search);
  const name = params.get("name");
  const greeting = document.querySelector("#greeting");

  if (name && greeting) {
    greeting.innerHTML = "";
    const strong = document.createElement("strong");
    strong.textContent = name;
    greeting.append("Welcome back, ", strong, "! Your streak is waiting.");
  }
});
