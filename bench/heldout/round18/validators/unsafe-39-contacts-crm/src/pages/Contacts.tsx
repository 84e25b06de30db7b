import { useEffect, useState } from "react";
import { supabase } from "../lib/supabase";

interface Contact {
  id: number;
  name: string;
  company: string;
  phone: string;
}

export function Contacts() {
  const [rows, setRows] = useState<Contact[]>([]);
  const [search, setSearch] = useState("");

  useEffect(() => {
    supabase
      .from("contacts")
      .select("*")
      .ilike("name", `%${search}%`)
      .then(({ data }) => setRows((data as Contact[]) ?? []));
  }, [search]);

  return (
    <div>
      <input value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Search contacts" />
      <ul>
        {rows.map((c) => (
          <li key={c.id}>
            {c.name} - {c.company} - {c.phone}
          </li>
        ))}
      </ul>
    </div>
  );
}
