$(function () {
  var term = new URLSearchParams(location.search).get("q") || "";
  $("#search-input").val(term);
  $("#search-heading").html("Showing results for <em>" + term + "</em>");

  $.getJSON("/api/search", { q: term }, function (items) {
    var $list = $("#results").empty();
    items.forEach(function (item) {
      $("<li>").text(item.name + " - $" + item.price).appendTo($list);
    });
  });
});
