type Message = { id: number; username: string; body: string; created_at: string };

const list = document.querySelector<HTMLUListElement>("#messages")!;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text: string) {
  const node = document.createElement(tag);
  node.className = cls;
  node.textContent = text;
  return node;
}

export function renderAll(messages: Message[]) {
  list.innerHTML = "";
  for (const m of messages) {
    const li = document.createElement("li");
    li.className = "msg";
    li.append(
      el("span", "who", m.username),
      el("span", "body", m.body),
      el("time", "when", new Date(m.created_at).toLocaleTimeString())
    );
    list.appendChild(li);
  }
  list.scrollTop = list.scrollHeight;
}
