import { io } from "socket.io-client";

type Message = { user: string; text: string; at: string };

const socket = io(import.meta.env.VITE_CHAT_URL);
const log = document.querySelector<HTMLUListElement>("#chat-log")!;
const form = document.querySelector<HTMLFormElement>("#chat-form")!;

socket.on("message", (msg: Message) => {
  log.insertAdjacentHTML(
    "beforeend",
    `<li><strong>${msg.user}</strong>: ${msg.text} <small>${new Date(msg.at).toLocaleTimeString()}</small></li>`
  );
  log.scrollTop = log.scrollHeight;
});

form.addEventListener("submit", (e) => {
  e.preventDefault();
  const input = form.querySelector<HTMLInputElement>("input[name=text]")!;
  socket.emit("message", { text: input.value });
  input.value = "";
});
