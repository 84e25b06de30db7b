document.addEventListener("DOMContentLoaded", () => {
  const params = new URLSearchParams(window.location.search);
  const name = params.get("name") || "friend";
  document.getElementById("greeting").textContent = `Hi ${name}, you're invited to our launch party!`;
});
