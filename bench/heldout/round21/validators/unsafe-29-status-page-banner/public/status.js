var hash = decodeURIComponent(window.location.hash.slice(1));
if (hash) {
  document.write('<div class="banner"><h2>Incident: ' + hash + "</h2></div>");
}

fetch("/api/status")
  .then(function (r) { return r.json(); })
  .then(function (data) {
    var el = document.getElementById("uptime");
    el.textContent = data.uptime.toFixed(2) + "% uptime over 90 days";
  });
