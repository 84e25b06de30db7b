export function showToast(message: string, kind: "info" | "error" = "info") {
  const el = document.createElement("div");
  el.className = `toast toast-${kind}`;
  el.innerHTML = message;
  document.body.appendChild(el);
  setTimeout(() => el.remove(), 5000);
}
