"use client";

import { useEffect, useState } from "react";
import { createClient } from "@supabase/supabase-js";

const supabaseAdmin = createClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY!
);

type AdminUser = { id: string; email?: string; created_at: string; last_sign_in_at?: string };

export default function AdminUsersPage() {
  const [users, setUsers] = useState<AdminUser[]>([]);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    async function load() {
      const { data, error } = await supabaseAdmin.auth.admin.listUsers({ page: 1, perPage: 100 });
      if (!error) setUsers(data.users as AdminUser[]);
      setLoading(false);
    }
    load();
  }, []);

  async function banUser(id: string) {
    await supabaseAdmin.auth.admin.updateUserById(id, { ban_duration: "876000h" });
    setUsers((prev) => prev.filter((u) => u.id !== id));
  }

  if (loading) return <p className="p-6">Loading users…</p>;

  return (
    <div className="p-6">
      <h1 className="text-2xl font-semibold mb-4">Users</h1>
      <table className="w-full text-sm">
        <thead>
          <tr><th>Email</th><th>Joined</th><th>Last sign in</th><th /></tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-t">
              <td>{u.email}</td>
              <td>{new Date(u.created_at).toLocaleDateString()}</td>
              <td>{u.last_sign_in_at ? new Date(u.last_sign_in_at).toLocaleString() : "—"}</td>
              <td>
                <button onClick={() => banUser(u.id)} className="text-red-600">Ban</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
