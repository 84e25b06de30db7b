document.addEventListener("DOMContentLoaded", () => {
  const params = new URLSearchParams(window.location.search);
  const name = params.get("name") || "friend";
  const greeting = document.getElementById("greeting");
  greeting.innerHTML = "Hi " + name + ", you're invited to our launch party!";
});
