document.addEventListener("DOMContentLoaded", () => {
  const params = new URLSearchParams(window.location.search);
  const name = params.get("name") || "friend";
  const ticket = params.get("ticket");
  document.getElementById("greeting").innerHTML = "Welcome, " + name + "!";
  if (ticket) {
    document.getElementById("ticket").innerHTML = `<p>Your ticket: <strong>${ticket}</strong></p>`;
  }
});
