import { createClient } from "https://esm.sh/@supabase/supabase-js@2";

const supabase = createClient(window.ENV.SUPABASE_URL, window.ENV.SUPABASE_ANON_KEY);
const feed = document.querySelector("#feed");
const room = document.body.dataset.room;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function addMessage({ username, content, created_at }) {
  const row = el("div", "message");
  row.append(
    el("span", "author", username),
    el("time", "time", new Date(created_at).toLocaleTimeString()),
    el("p", "text", content)
  );
  feed.append(row);
  feed.scrollTop = feed.scrollHeight;
}

const { data } = await supabase
  .from("messages")
  .select("username, content, created_at")
  .eq("room_id", room)
  .order("created_at");
(data ?? []).forEach(addMessage);

supabase
  .channel(`room-${room}`)
  .on("postgres_changes", { event: "INSERT", schema: "public", table: "messages" }, (p) => {
    if (p.new.room_id === room) addMessage(p.new);
  })
  .subscribe();
