const params = new URLSearchParams(window.location.search);
const guest = params.get("name");
const heading = document.getElementById("greeting");

if (guest) {
  heading.textContent = `Dear ${guest.slice(0, 60)}, you're invited!`;
}

document.getElementById("rsvp").addEventListener("submit", async (event) => {
  event.preventDefault();
  const answer = new FormData(event.target).get("answer");
  const res = await fetch("/api/rsvp", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ answer, invite: params.get("invite") }),
  });
  const status = document.getElementById("status");
  status.textContent = res.ok ? "Thank you, your answer is saved." : "Something went wrong, please try again.";
});
