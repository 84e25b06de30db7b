(function () {
  var box = document.getElementById("booking-box");

  window.addEventListener("message", function (event) {
    var data = event.data || {};
    if (data.type === "booking:configure") {
      box.querySelector(".title").innerHTML = data.title;
      box.querySelector(".note").innerHTML = data.note || "";
      box.style.setProperty("--accent", data.color || "#4f46e5");
    }
  });

  window.parent.postMessage({ type: "booking:ready" }, "*");
})();
