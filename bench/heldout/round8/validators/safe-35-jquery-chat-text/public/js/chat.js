$(function () {
  const socket = io();
  const $messages = $("#messages");

  socket.on("message", function (m) {
    const $row = $("<div>", { class: "msg" });
    $("<span>", { class: "user" }).text(m.user).appendTo($row);
    $row.append(document.createTextNode(": " + m.text));
    $messages.append($row);
  });
});
