$(function () {
  const params = new URLSearchParams(window.location.search);
  const query = params.get("q") || "";

  if (query) {
    $("#results-title").html("Results for <em>" + query + "</em>");
    $("#search-input").val(query);

    $.getJSON("/api/listings", { q: query }, function (data) {
      const $list = $("#results").empty();
      if (!data.length) {
        $list.append($("<p>").text("No listings found."));
        return;
      }
      data.forEach(function (item) {
        $list.append(
          $("<div class='card'>").append(
            $("<h3>").text(item.title),
            $("<p>").text(item.city + " · $" + item.price)
          )
        );
      });
    });
  }
});
