const params = new URLSearchParams(window.location.search);
const guest = params.get("name");

if (guest) {
  document.getElementById("greeting").innerHTML = `Hi ${guest}, you're invited!`;
}

document.getElementById("rsvp").addEventListener("submit", async (event) => {
  event.preventDefault();
  const answer = new FormData(event.target).get("answer");
  await fetch("/api/rsvp", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ guest, answer, invite: params.get("invite") }),
  });
  event.target.replaceWith(Object.assign(document.createElement("p"), { textContent: "Thanks!" }));
});
