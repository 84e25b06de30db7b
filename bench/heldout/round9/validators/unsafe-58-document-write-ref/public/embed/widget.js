(function () {
  var query = window.location.search.substring(1);
  var pairs = query.split("&");
  var params = {};
  for (var i = 0; i < pairs.length; i++) {
    var kv = pairs[i].split("=");
    params[kv[0]] = decodeURIComponent(kv[1] || "");
  }

  var ref = params.ref || "direct";
  var theme = params.theme === "dark" ? "dark" : "light";

  document.write(
    '<div class="waitlist-widget ' + theme + '">' +
      "<p>You were invited by <b>" + ref + "</b></p>" +
      '<form action="/api/waitlist" method="post">' +
      '<input type="hidden" name="ref" value="' + ref + '">' +
      '<input type="email" name="email" placeholder="you@example.com" required>' +
      "<button>Join</button>" +
      "</form>" +
    "</div>"
  );
})();
