import { useEffect, useState } from "react";
import { supabase } from "../lib/supabase";

export default function Users() {
  const [users, setUsers] = useState<{ id: string; email?: string }[]>([]);
  useEffect(() => {
    supabase.auth.admin.listUsers().then(({ data }) => setUsers(data?.users ?? []));
  }, []);
  return (
    <ul>
      {users.map((u) => (
        <li key={u.id}>{u.email}</li>
      ))}
    </ul>
  );
}
