const box = document.getElementById("chat-messages") as HTMLDivElement;

export function appendMessage(msg: { user: string; text: string }) {
  const p = document.createElement("p");
  const who = document.createElement("span");
  who.className = "user";
  who.textContent = msg.user;
  p.append(who, document.createTextNode(": " + msg.text));
  box.appendChild(p);
  box.scrollTop = box.scrollHeight;
}

const ws = new WebSocket(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/ws`);
ws.addEventListener("message", (ev) => appendMessage(JSON.parse(ev.data)));
