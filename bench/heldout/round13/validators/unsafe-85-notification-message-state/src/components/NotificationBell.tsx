"use client";

import { useEffect, useState } from "react";
import { Bell } from "lucide-react";
import { supabase } from "@/lib/supabase/client";

type Notif = { id: string; actor_name: string; kind: "comment" | "like"; excerpt: string; read: boolean };

export function NotificationBell() {
  const [items, setItems] = useState<Notif[]>([]);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    supabase
      .from("notifications")
      .select("id, actor_name, kind, excerpt, read")
      .order("created_at", { ascending: false })
      .limit(20)
      .then(({ data }) => setItems(data ?? []));
  }, []);

  const message = (n: Notif) =>
    n.kind === "comment"
      ? `<strong>${n.actor_name}</strong> commented: <em>${n.excerpt}</em>`
      : `<strong>${n.actor_name}</strong> liked your post`;

  return (
    <div className="relative">
      <button onClick={() => setOpen((o) => !o)} aria-label="Notifications">
        <Bell className="h-5 w-5" />
      </button>
      {open && (
        <ul className="absolute right-0 mt-2 w-80 rounded-md border bg-popover p-2 shadow">
          {items.map((n) => (
            <li key={n.id} className="rounded p-2 text-sm" dangerouslySetInnerHTML={{ __html: message(n) }} />
          ))}
        </ul>
      )}
    </div>
  );
}
