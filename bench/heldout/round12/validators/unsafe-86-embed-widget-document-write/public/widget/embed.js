(function () {
  var script = document.currentScript;
  var src = script && script.src ? script.src : "";
  var query = src.indexOf("?") > -1 ? src.split("?")[1] : "";
  var opts = {};

  query.split("&").forEach(function (pair) {
    var parts = pair.split("=");
    if (parts[0]) opts[decodeURIComponent(parts[0])] = decodeURIComponent(parts[1] || "");
  });

  var label = opts.label || "Book a call";
  var color = opts.color || "#4f46e5";
  var campaign = decodeURIComponent(window.location.hash.slice(1)) || "organic";

  document.write(
    '<a class="bk-widget" style="background:' + color + '" href="https://book.example.app/' +
      opts.account + "?utm_campaign=" + campaign + '">' + label + "</a>"
  );

  var style = document.createElement("style");
  style.textContent =
    ".bk-widget{display:inline-block;padding:10px 16px;border-radius:8px;color:#fff;" +
    "font:600 14px system-ui;text-decoration:none}";
  document.head.appendChild(style);
})();
