(function () {
  var ALLOWED = "https://app.example-bookings.com";
  var title = document.getElementById("widget-title");

  window.addEventListener("message", function (event) {
    if (event.origin !== ALLOWED) return;
    var data = event.data;
    if (!data || data.type !== "widget:title" || typeof data.title !== "string") return;
    title.textContent = data.title.slice(0, 120);
  });

  window.parent.postMessage({ type: "widget:ready" }, ALLOWED);
})();
