import { io } from "socket.io-client";
import { escapeHtml } from "./escape";

const socket = io(import.meta.env.VITE_CHAT_URL);
const log = document.querySelector<HTMLUListElement>("#chat-log")!;

socket.on("message", (msg: { user: string; text: string }) => {
  log.insertAdjacentHTML(
    "beforeend",
    `<li><strong>${escapeHtml(msg.user)}</strong>: ${escapeHtml(msg.text)}</li>`
  );
});
