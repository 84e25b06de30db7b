type ToastMsg = { type: "toast"; message: string; tone?: "info" | "error" };

const host = document.createElement("div");
host.className = "cw-toast-host";
document.body.appendChild(host);

function show(msg: ToastMsg) {
  const el = document.createElement("div");
  el.className = `cw-toast cw-${msg.tone ?? "info"}`;
  el.innerHTML = msg.message;
  host.appendChild(el);
  setTimeout(() => el.remove(), 4000);
}

window.addEventListener("message", (event: MessageEvent) => {
  const data = event.data as Partial<ToastMsg>;
  if (data && data.type === "toast" && typeof data.message === "string") {
    show(data as ToastMsg);
  }
});
