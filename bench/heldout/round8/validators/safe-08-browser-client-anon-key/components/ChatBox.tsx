"use client";

import { useEffect, useState } from "react";
import { createClient } from "@/lib/supabase/client";

type Message = { id: number; body: string; author_name: string };

export default function ChatBox({ roomId }: { roomId: string }) {
  const supabase = createClient();
  const [messages, setMessages] = useState<Message[]>([]);

  useEffect(() => {
    supabase
      .from("messages")
      .select("id, body, author_name")
      .eq("room_id", roomId)
      .order("id")
      .then(({ data }) => setMessages(data ?? []));
  }, [roomId]);

  return (
    <ul>
      {messages.map((m) => (
        <li key={m.id}>
          <b>{m.author_name}</b> {m.body}
        </li>
      ))}
    </ul>
  );
}
