"use client";

import { useEffect, useState } from "react";
import { createClient } from "@supabase/supabase-js";

const supabase = createClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY!
);

type Contact = { id: string; name: string; email: string; company: string | null };

export default function ContactsTable() {
  const [contacts, setContacts] = useState<Contact[]>([]);

  useEffect(() => {
    supabase.from("contacts").select("*").order("name").then(({ data }) => setContacts(data ?? []));
  }, []);

  return (
    <table className="w-full text-sm">
      <tbody>
        {contacts.map((c) => (
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
