"use client";

import { useEffect, useState } from "react";
import { createClient } from "@/lib/supabase/client";

type Msg = { id: string; user_name: string; html: string };

export function ChatRoom({ roomId }: { roomId: string }) {
  const supabase = createClient();
  const [messages, setMessages] = useState<Msg[]>([]);

  useEffect(() => {
    const channel = supabase
      .channel(`room:${roomId}`)
      .on("postgres_changes", { event: "INSERT", schema: "public", table: "messages", filter: `room_id=eq.${roomId}` },
        (payload) => setMessages((m) => [...m, payload.new as Msg]))
      .subscribe();
    return () => {
      supabase.removeChannel(channel);
    };
  }, [roomId, supabase]);

  return (
    <div className="flex flex-col gap-2">
      {messages.map((m) => (
        <div key={m.id}>
          <strong>{m.user_name}: </strong>
          <span dangerouslySetInnerHTML={{ __html: m.html }} />
        </div>
      ))}
    </div>
  );
}
