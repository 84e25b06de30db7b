(function () {
  var params = new URLSearchParams(window.location.search);
  var ref = params.get("ref") || "";
  var plan = params.get("plan") || "starter";

  // keep referral + plan in the signup form
  document.write('<input type="hidden" name="ref" value="' + ref + '">');
  document.write('<input type="hidden" name="plan" value="' + plan + '">');

  if (ref) {
    document.write('<p class="ref-banner">You were invited by ' + ref + " 🎉</p>");
  }
})();
