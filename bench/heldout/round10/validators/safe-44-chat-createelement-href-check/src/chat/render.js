const log = document.getElementById("chat-log");

function safeHttpUrl(value) {
  try {
    const u = new URL(value);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : null;
  } catch {
    return null;
  }
}

export function renderMessage(msg) {
  const row = document.createElement("div");
  row.className = "msg";

  const who = document.createElement("b");
  who.textContent = msg.username;
  row.appendChild(who);

  const text = document.createElement("p");
  text.textContent = msg.text;
  row.appendChild(text);

  const href = msg.link ? safeHttpUrl(msg.link) : null;
  if (href) {
    const a = document.createElement("a");
    a.href = href;
    a.rel = "nofollow noopener";
    a.textContent = new URL(href).hostname;
    row.appendChild(a);
  }

  log.appendChild(row);
  log.scrollTop = log.scrollHeight;
}
