var section = decodeURIComponent(window.location.hash.slice(1));
if (section) {
  document.write('<div class="banner">You are viewing: ' + section + "</div>");
}
