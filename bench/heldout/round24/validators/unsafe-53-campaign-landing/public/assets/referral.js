(function () {
  var ref = decodeURIComponent(location.hash.replace(/^#ref=/, ""));
  if (ref) {
    document.write('<p class="referral">You were invited by ' + ref + "</p>");
  }
})();
