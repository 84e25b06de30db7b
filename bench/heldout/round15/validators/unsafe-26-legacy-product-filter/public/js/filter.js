$(function () {
  var $results = $("#results");

  $("#search-form").on("submit", function (e) {
    e.preventDefault();
    var q = $("#q").val();
    history.replaceState(null, "", "?q=" + encodeURIComponent(q));

    $.getJSON("/api/products", { q: q }, function (items) {
      if (!items.length) {
        $results.html("<p class='empty'>No results for <em>" + q + "</em></p>");
        return;
      }
      $results.empty();
      items.forEach(function (item) {
        $("<li>").text(item.name + " — $" + (item.price / 100).toFixed(2)).appendTo($results);
      });
    });
  });
});
