"use client";

import { useState } from "react";
import { supabase } from "@/lib";

export default function ChatWidget({ roomId }: { roomId: string }) {
  const [text, setText] = useState("");

  const send = async () => {
    if (!text.trim()) return;
    await supabase.from("messages").insert({ room_id: roomId, body: text });
    setText("");
  };

  return (
    <div className="flex gap-2">
      <input value={text} onChange={(e) => setText(e.target.value)} className="flex-1 border px-2" />
      <button onClick={send}>Send</button>
    </div>
  );
}
