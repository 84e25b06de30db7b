import { useEffect, useState } from "react";
import { supabase } from "@/lib/supabase";

type Contact = { id: string; name: string; email: string; company: string | null };

export default function Contacts() {
  const [contacts, setContacts] = useState<Contact[]>([]);

  useEffect(() => {
    supabase.from("contacts").select("*").then(({ data }) => setContacts((data as Contact[]) ?? []));
  }, []);

  async function remove(id: string) {
    await supabase.from("contacts").delete().eq("id", id);
    setContacts((c) => c.filter((x) => x.id !== id));
  }

  return (
    <ul className="divide-y">
      {contacts.map((c) => (
        <li key={c.id} className="flex justify-between py-2">
          <span>{c.name} — {c.email}</span>
          <button onClick={() => remove(c.id)}>Delete</button>
        </li>
      ))}
    </ul>
  );
}
