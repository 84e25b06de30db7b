const SKELETON = `
  <div class="toast" role="status">
    <strong class="toast-title"></strong>
    <p class="toast-body"></p>
    <button class="toast-close" aria-label="Close">&times;</button>
  </div>`;

export function toast(title: string, body: string) {
  const wrapper = document.createElement("div");
  wrapper.innerHTML = SKELETON;
  wrapper.querySelector(".toast-title")!.textContent = title;
  wrapper.querySelector(".toast-body")!.textContent = body;
  wrapper.querySelector(".toast-close")!.addEventListener("click", () => wrapper.remove());
  document.body.append(wrapper);
  setTimeout(() => wrapper.remove(), 5000);
}
