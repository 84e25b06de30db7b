const container = document.getElementById("toasts");

export function connectNotifications(token) {
  const ws = new WebSocket(`${location.origin.replace(/^http/, "ws")}/ws/notifications`);
  ws.addEventListener("open", () => ws.send(JSON.stringify({ type: "auth", token })));

  ws.addEventListener("message", (event) => {
    const msg = JSON.parse(event.data);
    if (msg.type !== "notification") return;
    showToast(msg);
  });
}

function showToast({ title, body, link }) {
  container.insertAdjacentHTML(
    "afterbegin",
    `<div class="toast" role="status">
       <strong>${title}</strong>
       <p>${body}</p>
       ${link ? `<a href="${link}">Open</a>` : ""}
     </div>`
  );
  const el = container.firstElementChild;
  setTimeout(() => el.remove(), 6000);
}
