(function () {
  var params = new URLSearchParams(window.location.search);
  var name = params.get("name") || "friend";

  var greeting = document.getElementById("greeting");
  greeting.innerHTML = "Hi <strong></strong>, you're invited!";
  greeting.querySelector("strong").textContent = name;
})();
