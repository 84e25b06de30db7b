(function () {
  const display = document.getElementById("display");
  const shareBtn = document.getElementById("share");

  function restoreFromLink() {
    const raw = decodeURIComponent(window.location.hash.slice(1));
    if (!raw) return;
    const result = eval(raw);
    display.textContent = raw + " = " + result;
  }

  shareBtn.addEventListener("click", function () {
    const expr = display.dataset.expression || "";
    navigator.clipboard.writeText(location.origin + location.pathname + "#" + encodeURIComponent(expr));
  });

  restoreFromLink();
})();
