"use client";
import { useEffect, useState } from "react";
import { getBrowserSupabase } from "@/lib/supabase/browser";

type Contact = { id: string; name: string; email: string; company: string | null };

export function ContactsTable() {
  const [rows, setRows] = useState<Contact[]>([]);
  useEffect(() => {
    getBrowserSupabase()
      .from("contacts")
      .select("id, name, email, company")
      .order("name")
      .then(({ data }) => setRows(data ?? []));
  }, []);
  return (
    <table className="w-full text-sm">
      <tbody>
        {rows.map((c) => (
          <tr key={c.id}>
            <td>{c.name}</td>
            <td>{c.email}</td>
            <td>{c.company}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
