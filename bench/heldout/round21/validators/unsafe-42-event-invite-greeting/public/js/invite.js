(function () {
  const params = new URLSearchParams(window.location.search);
  const guest = params.get("name") || "friend";
  const party = params.get("party") || "our party";

  document.getElementById("greeting").innerHTML =
    "Hi <strong>" + guest + "</strong>, you are invited to " + party + "!";

  document.getElementById("rsvp").addEventListener("click", function () {
    localStorage.setItem("rsvp", JSON.stringify({ guest: guest, at: Date.now() }));
    this.textContent = "See you there!";
  });
})();
