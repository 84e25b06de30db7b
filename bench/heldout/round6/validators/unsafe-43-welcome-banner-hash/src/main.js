import "./style.css";

function showWelcome() {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const name = decodeURIComponent(params.get("name") || "friend");
  document.getElementById("welcome").innerHTML = `<h2>Welcome back, ${name}!</h2>`;
}

window.addEventListener("hashchange", showWelcome);
showWelcome();
