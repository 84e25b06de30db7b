"use client";

import { useEffect, useState } from "react";
import { createClient } from "@supabase/supabase-js";

const supabase = createClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY!
);

type Row = { id: string; email?: string; created_at: string };

export default function UsersTable() {
  const [users, setUsers] = useState<Row[]>([]);

  useEffect(() => {
    supabase.auth.admin.listUsers().then(({ data }) => {
      setUsers(data.users.map((u) => ({ id: u.id, email: u.email, created_at: u.created_at })));
    });
  }, []);

  async function ban(id: string) {
    await supabase.auth.admin.updateUserById(id, { ban_duration: "876000h" });
    setUsers((prev) => prev.filter((u) => u.id !== id));
  }

  return (
    <table className="w-full text-sm">
      <tbody>
        {users.map((u) => (
          <tr key={u.id}>
            <td>{u.email}</td>
            <td>{new Date(u.created_at).toLocaleDateString()}</td>
            <td>
              <button onClick={() => ban(u.id)}>Ban</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
