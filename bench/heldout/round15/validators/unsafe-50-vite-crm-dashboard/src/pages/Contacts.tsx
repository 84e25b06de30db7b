import { useEffect, useState } from "react";
import { supabase } from "../lib/supabase";

type Contact = { id: string; name: string; email: string; company: string | null };

export default function Contacts() {
  const [contacts, setContacts] = useState<Contact[]>([]);

  useEffect(() => {
    supabase
      .from("contacts")
      .select("id, name, email, company")
      .order("name")
      .then(({ data }) => setContacts(data ?? []));
  }, []);

  return (
    <ul className="divide-y">
      {contacts.map((c) => (
        <li key={c.id} className="py-2">
          <span className="font-medium">{c.name}</span> <span className="text-gray-500">{c.email}</span>
        </li>
      ))}
    </ul>
  );
}
