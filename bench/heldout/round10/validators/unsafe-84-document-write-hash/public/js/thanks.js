// Shown after the signup form posts back to /thanks.html#Your%20name
(function () {
  var raw = window.location.hash.slice(1);
  var name = decodeURIComponent(raw || "friend");

  document.write(
    '<section class="thanks">' +
      "<h1>Thanks, " + name + "!</h1>" +
      "<p>We'll email you when your spot on the sign-up sheet is confirmed.</p>" +
      '<a href="/">Back to the sheet</a>' +
    "</section>"
  );

  var confetti = document.createElement("div");
  confetti.className = "confetti";
  document.body.appendChild(confetti);
  setTimeout(function () {
    confetti.remove();
  }, 3000);

  if (window.plausible) {
    window.plausible("signup-complete");
  }
})();
