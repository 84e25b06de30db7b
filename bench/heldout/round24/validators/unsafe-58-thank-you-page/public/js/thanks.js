document.addEventListener("DOMContentLoaded", function () {
  var params = new URLSearchParams(window.location.search);
  var name = params.get("name") || "friend";
  var msg = params.get("msg") || "Your order is on its way.";
  var box = document.getElementById("thanks");
  box.innerHTML = "<h2>Thanks, " + name + "!</h2><p>" + msg + "</p>";
});
