export function mountChat(root, roomId) {
  const log = root.querySelector(".chat-log");
  const input = root.querySelector("input");
  const ws = new WebSocket(`wss://${location.host}/rooms/${encodeURIComponent(roomId)}`);

  ws.addEventListener("message", (ev) => {
    const msg = JSON.parse(ev.data);
    log.insertAdjacentHTML(
      "beforeend",
      `<div class="msg"><span class="who">${msg.user}</span> ${msg.text}</div>`,
    );
    log.scrollTop = log.scrollHeight;
  });

  root.querySelector("form").addEventListener("submit", (e) => {
    e.preventDefault();
    ws.send(JSON.stringify({ text: input.value }));
    input.value = "";
  });
}
