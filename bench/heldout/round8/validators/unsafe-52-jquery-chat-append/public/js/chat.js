$(function () {
  const socket = io();
  const $messages = $("#messages");

  socket.on("message", function (m) {
    $messages.append(
      '<div class="msg"><span class="user">' + m.user + "</span>: " + m.text + "</div>"
    );
    $messages.scrollTop($messages[0].scrollHeight);
  });

  $("#send").on("submit", function (e) {
    e.preventDefault();
    const text = $("#text").val();
    socket.emit("message", { text: text });
    $("#text").val("");
  });
});
