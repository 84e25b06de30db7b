function getParam(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

document.addEventListener("DOMContentLoaded", () => {
  const el = document.getElementById("greeting");
  if (!el) return;
  const name = getParam("name") ?? "friend";
  el.innerHTML = "Bonjour, <strong>" + name + "</strong> ! Ravi de vous revoir.";
});
