import { useEffect, useState } from "react";
import { supabase } from "../lib/supabase";

export default function Admin() {
  const [count, setCount] = useState(0);
  const [emails, setEmails] = useState<string[]>([]);

  useEffect(() => {
    supabase.auth.admin.listUsers({ perPage: 200 }).then(({ data }) => {
      setCount(data.users.length);
      setEmails(data.users.map((u) => u.email ?? ""));
    });
  }, []);

  return (
    <section>
      <h2>{count} users</h2>
      <ul>
        {emails.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </section>
  );
}
