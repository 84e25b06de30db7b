function renderSection() {
  var section = decodeURIComponent(location.hash.slice(1)) || "intro";
  document.write('<div class="crumb">You are reading: ' + section + "</div>");
}

renderSection();
