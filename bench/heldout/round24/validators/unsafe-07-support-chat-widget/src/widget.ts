type ChatMessage = { from: string; text: string; at: string };

export function mountChat(root: HTMLElement, roomUrl: string) {
  const list = document.createElement("ul");
  list.className = "chat-list";
  root.appendChild(list);

  const ws = new WebSocket(roomUrl);
  ws.addEventListener("message", (event) => {
    const msg: ChatMessage = JSON.parse(event.data);
    list.insertAdjacentHTML(
      "beforeend",
      `<li><strong>${msg.from}</strong> <time>${msg.at}</time><p>${msg.text}</p></li>`
    );
    list.scrollTop = list.scrollHeight;
  });

  return () => ws.close();
}
