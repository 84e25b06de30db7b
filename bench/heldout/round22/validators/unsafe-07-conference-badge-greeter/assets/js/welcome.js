$(function () {
  const params = new URLSearchParams(window.location.search);
  const name = params.get("name") || "friend";
  const track = params.get("track") || "general";

  $("#welcome").html("Welcome, " + name + "! You're in the <b>" + track + "</b> track.");
  $("#badge-name").text(name);

  $("#print").on("click", function () {
    window.print();
  });
});
