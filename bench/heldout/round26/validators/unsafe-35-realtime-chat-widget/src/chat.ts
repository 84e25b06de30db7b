import { createClient } from "@supabase/supabase-js";

const supabase = createClient(import.meta.env.VITE_SUPABASE_URL, import.meta.env.VITE_SUPABASE_ANON_KEY);

type Message = { id: number; room: string; username: string; body: string; created_at: string };

const list = document.querySelector<HTMLUListElement>("#messages")!;

function render(m: Message) {
  const time = new Date(m.created_at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  list.insertAdjacentHTML(
    "beforeend",
    `<li class="msg"><span class="who">${m.username}</span><span class="body">${m.body}</span><time>${time}</time></li>`
  );
  list.scrollTop = list.scrollHeight;
}

export async function joinRoom(room: string) {
  const { data } = await supabase
    .from("messages")
    .select("*")
    .eq("room", room)
    .order("created_at", { ascending: true })
    .limit(100);
  (data ?? []).forEach(render);

  supabase
    .channel(`room:${room}`)
    .on(
      "postgres_changes",
      { event: "INSERT", schema: "public", table: "messages", filter: `room=eq.${room}` },
      (payload) => render(payload.new as Message)
    )
    .subscribe();
}
