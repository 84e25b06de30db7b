$(function () {
  var params = new URLSearchParams(window.location.search);
  var msg = params.get("msg");
  var kind = params.get("kind") === "error" ? "error" : "info";

  if (msg) {
    $("#flash")
      .removeClass("hidden")
      .addClass("flash-" + kind)
      .html(msg);
    setTimeout(function () {
      $("#flash").fadeOut();
    }, 6000);
  }

  $(".menu-item .add").on("click", function () {
    var id = $(this).data("id");
    $.post("/cart/add", { id: id }, function (cart) {
      $("#cart-count").text(cart.count);
    });
  });

  $("#checkout").on("click", function () {
    window.location.assign("/checkout");
  });
});
