"use client";

import { useEffect, useMemo, useState } from "react";
import { createClient } from "@supabase/supabase-js";

type Ticket = { id: string; subject: string; customer_email: string; status: string };

export function InboxClient({ supabaseUrl, supabaseKey }: { supabaseUrl: string; supabaseKey: string }) {
  const supabase = useMemo(() => createClient(supabaseUrl, supabaseKey), [supabaseUrl, supabaseKey]);
  const [tickets, setTickets] = useState<Ticket[]>([]);

  useEffect(() => {
    supabase
      .from("tickets")
      .select("id, subject, customer_email, status")
      .order("created_at", { ascending: false })
      .then(({ data }) => setTickets(data ?? []));
  }, [supabase]);

  return (
    <ul className="divide-y">
      {tickets.map((t) => (
        <li key={t.id} className="py-2">
          <span className="font-medium">{t.subject}</span> · {t.customer_email} · {t.status}
        </li>
      ))}
    </ul>
  );
}
