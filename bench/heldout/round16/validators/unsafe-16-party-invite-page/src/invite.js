const params = new URLSearchParams(window.location.search);
const guest = params.get("name") || "friend";
const eventName = params.get("event") || "our party";

document.getElementById("greeting").innerHTML = `<h1>Hey ${guest}!</h1><p>You're invited to ${eventName}.</p>`;

document.getElementById("rsvp").addEventListener("click", () => {
  fetch("/api/rsvp", { method: "POST", body: JSON.stringify({ guest }), headers: { "Content-Type": "application/json" } });
});
