type ChatMessage = { id: string; user: string; text: string; sentAt: number };

const list = document.querySelector<HTMLUListElement>("#messages")!;
const form = document.querySelector<HTMLFormElement>("#composer")!;
const input = form.querySelector<HTMLInputElement>("input[name=text]")!;

const socket = new WebSocket(`wss://${location.host}/ws/room/lobby`);

socket.addEventListener("message", (event) => {
  const msg = JSON.parse(event.data) as ChatMessage;
  const time = new Date(msg.sentAt).toLocaleTimeString();
  list.insertAdjacentHTML(
    "beforeend",
    `<li data-id="${msg.id}"><b>${msg.user}</b> <time>${time}</time><p>${msg.text}</p></li>`
  );
  list.scrollTop = list.scrollHeight;
});

form.addEventListener("submit", (e) => {
  e.preventDefault();
  socket.send(JSON.stringify({ text: input.value }));
  input.value = "";
});
