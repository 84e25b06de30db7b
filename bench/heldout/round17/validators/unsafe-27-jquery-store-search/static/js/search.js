$(function () {
  var term = new URLSearchParams(location.search).get("term") || "";
  $("#search-input").val(term);
  $("#search-summary").html("Showing products matching <b>" + term + "</b>");
  $.getJSON("/api/products", { term: term }, function (products) {
    var $list = $("#results").empty();
    products.forEach(function (p) {
      $list.append($("<li>").text(p.name + " - $" + (p.price / 100).toFixed(2)));
    });
  });
});
