import { escapeHtml } from "./lib/escape.js";

const log = document.querySelector("#log");
const input = document.querySelector("#message");

document.querySelector("#send").addEventListener("click", () => {
  const text = input.value;
  if (!text) return;
  log.innerHTML += `<div class="msg"><span class="who">you</span> ${escapeHtml(text)}</div>`;
  input.value = "";
});
