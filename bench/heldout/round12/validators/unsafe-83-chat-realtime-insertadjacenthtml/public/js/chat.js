import { createClient } from "https://esm.sh/@supabase/supabase-js@2";

const supabase = createClient(window.ENV.SUPABASE_URL, window.ENV.SUPABASE_ANON_KEY);
const log = document.getElementById("messages");
const roomId = document.body.dataset.room;

function appendMessage(msg) {
  const time = new Date(msg.created_at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  log.insertAdjacentHTML(
    "beforeend",
    `<div class="message">
       <span class="author">${msg.username}</span>
       <span class="time">${time}</span>
       <p class="text">${msg.content}</p>
     </div>`
  );
  log.scrollTop = log.scrollHeight;
}

async function loadHistory() {
  const { data } = await supabase
    .from("messages")
    .select("username, content, created_at")
    .eq("room_id", roomId)
    .order("created_at", { ascending: true })
    .limit(100);
  (data || []).forEach(appendMessage);
}

supabase
  .channel(`room:${roomId}`)
  .on(
    "postgres_changes",
    { event: "INSERT", schema: "public", table: "messages", filter: `room_id=eq.${roomId}` },
    (payload) => appendMessage(payload.new)
  )
  .subscribe();

loadHistory();
