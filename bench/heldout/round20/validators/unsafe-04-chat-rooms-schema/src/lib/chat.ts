import { supabase } from "./supabase";

export async function sendMessage(roomId: string, userId: string, content: string) {
  return supabase.from("messages").insert({ room_id: roomId, user_id: userId, content });
}

export function subscribe(roomId: string, onMessage: (m: unknown) => void) {
  return supabase
    .channel(`room:${roomId}`)
    .on("postgres_changes", { event: "INSERT", schema: "public", table: "messages", filter: `room_id=eq.${roomId}` }, (p) =>
      onMessage(p.new)
    )
    .subscribe();
}
