(function () {
  var tab = decodeURIComponent(window.location.hash.slice(1)) || "overview";
  document.write('<h2 class="tab-title">' + tab + "</h2>");
  var panels = document.querySelectorAll("[data-tab]");
  for (var i = 0; i < panels.length; i++) {
    panels[i].hidden = panels[i].getAttribute("data-tab") !== tab;
  }
})();
