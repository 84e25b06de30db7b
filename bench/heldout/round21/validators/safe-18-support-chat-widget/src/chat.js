import DOMPurify from "dompurify";

export function appendMessage(log, msg) {
  const row = document.createElement("div");
  row.className = "msg";
  const who = document.createElement("span");
  who.className = "who";
  who.textContent = msg.user;
  const body = document.createElement("div");
  body.innerHTML = DOMPurify.sanitize(msg.html, { ALLOWED_TAGS: ["b", "i", "em", "strong", "a", "code"] });
  row.append(who, body);
  log.append(row);
}
