import { useEffect, useRef, useState } from "react";
import { supabase } from "@/lib/supabase";

type Message = { id: string; sender: string; text: string };

export function ChatWindow({ roomId }: { roomId: string }) {
  const [messages, setMessages] = useState<Message[]>([]);
  const bottom = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const channel = supabase
      .channel(`room:${roomId}`)
      .on("postgres_changes", { event: "INSERT", schema: "public", table: "messages", filter: `room_id=eq.${roomId}` },
        (payload) => setMessages((m) => [...m, payload.new as Message]))
      .subscribe();
    return () => {
      supabase.removeChannel(channel);
    };
  }, [roomId]);

  useEffect(() => bottom.current?.scrollIntoView({ behavior: "smooth" }), [messages]);

  return (
    <div className="flex flex-col gap-2">
      {messages.map((m) => (
        <div key={m.id} className="rounded bg-muted p-2">
          <strong>{m.sender}</strong>
          <div dangerouslySetInnerHTML={{ __html: m.text.replace(/\n/g, "<br/>") }} />
        </div>
      ))}
      <div ref={bottom} />
    </div>
  );
}
