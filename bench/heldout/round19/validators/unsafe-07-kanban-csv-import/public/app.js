$(function () {
  function render(cards) {
    const $col = $("#todo");
    $col.empty();
    cards.forEach(function (card) {
      $col.append($('<div class="card"></div>').html("<h4>" + card.title + "</h4><p>" + card.notes + "</p>"));
    });
  }

  $("#import").on("change", function (e) {
    const file = e.target.files[0];
    file.text().then(function (text) {
      const cards = text.split("\n").slice(1).map(function (line) {
        const parts = line.split(",");
        return { title: parts[0], notes: parts[1] || "" };
      });
      localStorage.setItem("cards", JSON.stringify(cards));
      render(cards);
    });
  });

  render(JSON.parse(localStorage.getItem("cards") || "[]"));
});
