import { createClient } from "@supabase/supabase-js";

const supabase = createClient(import.meta.env.VITE_SUPABASE_URL, import.meta.env.VITE_SUPABASE_ANON_KEY);
const log = document.getElementById("chat-log");
const form = document.getElementById("chat-form");
const input = document.getElementById("chat-input");

function render(msg) {
  const time = new Date(msg.created_at).toLocaleTimeString();
  log.insertAdjacentHTML(
    "beforeend",
    `<div class="msg"><b>${msg.username}</b> <time>${time}</time><p>${msg.text}</p></div>`
  );
  log.scrollTop = log.scrollHeight;
}

supabase
  .channel("room-1")
  .on("postgres_changes", { event: "INSERT", schema: "public", table: "messages" }, (payload) => render(payload.new))
  .subscribe();

form.addEventListener("submit", async (e) => {
  e.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  input.value = "";
  await supabase.from("messages").insert({ room_id: 1, text });
});
