const PROVIDER_ORIGIN = "https://pay.example-psp.com";

const frame = document.getElementById("pay-frame") as HTMLIFrameElement;
const status = document.getElementById("pay-status") as HTMLParagraphElement;

window.addEventListener("message", (event: MessageEvent) => {
  if (event.origin !== PROVIDER_ORIGIN) return;
  const data = event.data as { kind?: string; height?: unknown; message?: unknown };

  if (data.kind === "resize" && typeof data.height === "number" && data.height < 4000) {
    frame.style.height = `${Math.round(data.height)}px`;
  }
  if (data.kind === "status" && typeof data.message === "string") {
    status.textContent = data.message.slice(0, 200);
  }
});
