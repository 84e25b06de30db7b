(function () {
  var match = /[?&]ref=([^&]*)/.exec(window.location.search);
  var ref = match ? decodeURIComponent(match[1].replace(/\+/g, " ")) : null;
  if (ref) {
    document.write('<div class="referral">You were invited by ' + ref + "</div>");
  }
})();
