import { useEffect, useRef, useState } from "react";
import { supabase } from "../lib/supabase";
import { linkify } from "../lib/format";

type Message = { id: string; room_id: string; username: string; content: string; created_at: string };

export default function ChatRoom({ roomId }: { roomId: string }) {
  const [messages, setMessages] = useState<Message[]>([]);
  const [draft, setDraft] = useState("");
  const bottomRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    supabase
      .from("messages")
      .select("*")
      .eq("room_id", roomId)
      .order("created_at")
      .then(({ data }) => setMessages(data ?? []));

    const channel = supabase
      .channel(`room:${roomId}`)
      .on("postgres_changes", { event: "INSERT", schema: "public", table: "messages", filter: `room_id=eq.${roomId}` },
        (payload) => setMessages((prev) => [...prev, payload.new as Message]))
      .subscribe();

    return () => { supabase.removeChannel(channel); };
  }, [roomId]);

  useEffect(() => bottomRef.current?.scrollIntoView({ behavior: "smooth" }), [messages]);

  async function send(e: React.FormEvent) {
    e.preventDefault();
    if (!draft.trim()) return;
    await supabase.from("messages").insert({ room_id: roomId, content: draft });
    setDraft("");
  }

  return (
    <div className="flex flex-col h-full">
      <div className="flex-1 overflow-y-auto space-y-2 p-4">
        {messages.map((m) => (
          <div key={m.id} className="rounded bg-gray-100 px-3 py-2">
            <span className="font-semibold mr-2">{m.username}</span>
            <span dangerouslySetInnerHTML={{ __html: linkify(m.content) }} />
          </div>
        ))}
        <div ref={bottomRef} />
      </div>
      <form onSubmit={send} className="flex gap-2 p-2 border-t">
        <input value={draft} onChange={(e) => setDraft(e.target.value)} className="flex-1 border rounded px-2" />
        <button className="px-3 bg-blue-600 text-white rounded">Send</button>
      </form>
    </div>
  );
}
