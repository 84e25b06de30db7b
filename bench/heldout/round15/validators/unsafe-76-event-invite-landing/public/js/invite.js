(function () {
  const params = new URLSearchParams(window.location.search);
  const name = params.get("name") || "friend";
  const event = params.get("event") || "our launch party";

  document.getElementById("greeting").innerHTML =
    "Hi <strong>" + name + "</strong>, you're invited to " + event + "!";

  document.getElementById("rsvp-yes").addEventListener("click", function () {
    fetch("/api/rsvp", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ token: params.get("t"), answer: "yes" }),
    }).then(function () {
      document.getElementById("status").textContent = "See you there!";
    });
  });
})();
