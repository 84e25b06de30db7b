(function () {
  const params = new URLSearchParams(window.location.search);
  const banner = document.getElementById("banner");
  const ALLOWED_KIND = ["info", "success", "error"];

  const msg = params.get("msg");
  const kind = ALLOWED_KIND.includes(params.get("kind")) ? params.get("kind") : "info";

  if (msg) {
    const box = document.createElement("div");
    box.className = "alert alert-" + kind;
    box.textContent = msg;
    banner.replaceChildren(box);
    banner.hidden = false;
  }

  document.getElementById("dismiss").addEventListener("click", () => {
    banner.hidden = true;
    banner.innerHTML = "";
    const url = new URL(window.location.href);
    url.searchParams.delete("msg");
    url.searchParams.delete("kind");
    history.replaceState(null, "", url);
  });
})();
