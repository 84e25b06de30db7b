const box = document.getElementById("chat-messages") as HTMLDivElement;
const form = document.getElementById("chat-form") as HTMLFormElement;
const field = document.getElementById("chat-text") as HTMLInputElement;

const ws = new WebSocket(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/ws`);

ws.addEventListener("message", (ev) => {
  const msg = JSON.parse(ev.data) as { user: string; text: string };
  box.innerHTML += `<p><span class="user">${msg.user}</span>: ${msg.text}</p>`;
  box.scrollTop = box.scrollHeight;
});

form.addEventListener("submit", (e) => {
  e.preventDefault();
  ws.send(JSON.stringify({ text: field.value }));
  field.value = "";
});
