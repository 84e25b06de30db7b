import { useEffect, useState } from "react";
import { supabase } from "../lib/supabase";

function linkify(text) {
  return text.replace(/(https?:\/\/\S+)/g, '<a href="$1" target="_blank">$1</a>');
}

export default function MessageList({ roomId }) {
  const [messages, setMessages] = useState([]);

  useEffect(() => {
    const channel = supabase
      .channel(`room:${roomId}`)
      .on("postgres_changes", { event: "INSERT", schema: "public", table: "messages", filter: `room_id=eq.${roomId}` },
        (payload) => setMessages((m) => [...m, payload.new]))
      .subscribe();
    return () => {
      supabase.removeChannel(channel);
    };
  }, [roomId]);

  return (
    <ul className="space-y-1">
      {messages.map((m) => (
        <li key={m.id}>
          <span className="font-medium">{m.author_name}: </span>
          <span dangerouslySetInnerHTML={{ __html: linkify(m.content) }} />
        </li>
      ))}
    </ul>
  );
}
