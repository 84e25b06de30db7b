(function () {
  const root = document.createElement("div");
  root.id = "fb-widget";
  document.body.appendChild(root);

  window.addEventListener("message", function (event) {
    const data = event.data || {};
    if (data.type !== "feedback:open") return;
    root.insertAdjacentHTML(
      "beforeend",
      '<div class="fb-panel"><h2>' + data.title + '</h2><textarea id="fb-text"></textarea><button id="fb-send">Send</button></div>',
    );
    document.getElementById("fb-send").addEventListener("click", function () {
      fetch("https://feedback.example.app/api/submit", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: document.getElementById("fb-text").value, page: location.href }),
      });
    });
  });
})();
