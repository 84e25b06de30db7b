(function () {
  var params = new URLSearchParams(window.location.search);
  var root = document.getElementById("booking-widget");
  if (!root) return;

  var name = params.get("name") || "there";
  var service = params.get("service") || "a consultation";

  root.innerHTML =
    '<div class="bw-card">' +
    "<h3>Hi " + name + "!</h3>" +
    "<p>Pick a time for " + service + ".</p>" +
    '<div class="bw-slots">Loading slots…</div>' +
    "</div>";

  fetch("/api/slots?service=" + encodeURIComponent(service))
    .then(function (r) { return r.json(); })
    .then(function (slots) {
      var list = root.querySelector(".bw-slots");
      list.textContent = "";
      slots.forEach(function (s) {
        var b = document.createElement("button");
        b.textContent = new Date(s.starts_at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
        b.onclick = function () { window.location.assign("/book/" + encodeURIComponent(s.id)); };
        list.appendChild(b);
      });
    });
})();
