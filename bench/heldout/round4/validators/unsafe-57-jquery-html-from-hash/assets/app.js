$(function () {
  function showBanner() {
    var hash = decodeURIComponent(window.location.hash.slice(1));
    if (!hash) {
      $("#banner").hide();
      return;
    }
    var parts = hash.split("=");
    if (parts[0] === "notice") {
      $("#banner").html("<span class='icon'>ℹ️</span> " + parts.slice(1).join("=")).show();
    }
  }

  $(window).on("hashchange", showBanner);
  showBanner();

  $.getJSON("/api/status", function (data) {
    data.services.forEach(function (svc) {
      var row = $("<tr>");
      row.append($("<td>").text(svc.name));
      row.append($("<td>").text(svc.uptime + "%"));
      $("#services tbody").append(row);
    });
  });
});
