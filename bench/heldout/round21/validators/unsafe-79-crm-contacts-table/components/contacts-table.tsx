"use client";

import { useEffect, useState } from "react";
import { createClient } from "@supabase/supabase-js";

const supabase = createClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY!,
);

type Contact = { id: string; name: string; email: string; company: string | null };

export function ContactsTable() {
  const [rows, setRows] = useState<Contact[]>([]);

  useEffect(() => {
    supabase.from("contacts").select("*").order("name").then(({ data }) => setRows(data ?? []));
  }, []);

  async function remove(id: string) {
    await supabase.from("contacts").delete().eq("id", id);
    setRows((r) => r.filter((c) => c.id !== id));
  }

  return (
    <table className="w-full text-sm">
      <tbody>
        {rows.map((c) => (
          <tr key={c.id}>
            <td>{c.name}</td>
            <td>{c.email}</td>
            <td>{c.company}</td>
            <td><button onClick={() => remove(c.id)}>Delete</button></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
