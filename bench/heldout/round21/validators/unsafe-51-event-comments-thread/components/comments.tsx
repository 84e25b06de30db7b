"use client";

import { useEffect, useState } from "react";
import { createClient } from "@/lib/supabase/client";

type Comment = { id: string; author: string; body: string; created_at: string };

export default function Comments({ eventId }: { eventId: string }) {
  const [comments, setComments] = useState<Comment[]>([]);

  useEffect(() => {
    const supabase = createClient();
    supabase
      .from("event_comments")
      .select("id, author, body, created_at")
      .eq("event_id", eventId)
      .order("created_at")
      .then(({ data }) => setComments(data ?? []));
  }, [eventId]);

  return (
    <ul className="space-y-3">
      {comments.map((c) => (
        <li key={c.id}>
          <p className="text-xs text-muted-foreground">{c.author}</p>
          <div dangerouslySetInnerHTML={{ __html: c.body.replace(/\n/g, "<br/>") }} />
        </li>
      ))}
    </ul>
  );
}
