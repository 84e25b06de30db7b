(function () {
  function showFlash(message, type) {
    var container = document.getElementById("flash-container");
    if (!container) return;
    container.insertAdjacentHTML(
      "beforeend",
      '<div class="flash flash-' + type + '">' + message + '<button class="close">&times;</button></div>'
    );
  }

  document.addEventListener("DOMContentLoaded", function () {
    var hash = new URLSearchParams(window.location.hash.slice(1));
    var msg = hash.get("flash");
    if (msg) {
      showFlash(decodeURIComponent(msg), hash.get("type") || "info");
    }
  });

  window.showFlash = showFlash;
})();
