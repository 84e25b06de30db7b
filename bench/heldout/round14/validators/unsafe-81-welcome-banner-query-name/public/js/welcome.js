(function () {
  const params = new URLSearchParams(window.location.search);
  const name = params.get("name") || "friend";
  const banner = document.getElementById("greeting");
  if (banner) {
    banner.innerHTML = "<h2>Welcome back, " + name + "!</h2><p>Here is what you missed.</p>";
  }
})();
