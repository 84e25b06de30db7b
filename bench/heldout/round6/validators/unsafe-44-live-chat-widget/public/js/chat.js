const log = document.getElementById("chat-log");
const socket = new WebSocket(`wss://${location.host}/ws/chat`);

socket.addEventListener("message", (event) => {
  const msg = JSON.parse(event.data);
  log.insertAdjacentHTML(
    "beforeend",
    `<div class="msg"><span class="who">${msg.user}</span>: ${msg.text}</div>`
  );
  log.scrollTop = log.scrollHeight;
});

document.getElementById("chat-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const input = e.target.elements.text;
  socket.send(JSON.stringify({ text: input.value }));
  input.value = "";
});
