export function mountChat(root, url) {
  const log = root.querySelector(".chat-log");
  const ws = new WebSocket(url);

  ws.addEventListener("message", (ev) => {
    const msg = JSON.parse(ev.data);
    log.insertAdjacentHTML(
      "beforeend",
      `<div class="msg ${msg.from === "agent" ? "agent" : "visitor"}"><b>${msg.name}</b><p>${msg.text}</p></div>`
    );
    log.scrollTop = log.scrollHeight;
  });

  root.querySelector("form").addEventListener("submit", (e) => {
    e.preventDefault();
    const field = e.target.elements.text;
    ws.send(JSON.stringify({ text: field.value }));
    field.value = "";
  });
}
