"use client";

import { useEffect, useState } from "react";
import { supabaseAdmin } from "@/lib/supabaseAdmin";

type Row = { id: string; email: string; plan: string; created_at: string };

export default function AdminUsersTable() {
  const [rows, setRows] = useState<Row[]>([]);

  useEffect(() => {
    supabaseAdmin
      .from("profiles")
      .select("id, email, plan, created_at")
      .order("created_at", { ascending: false })
      .then(({ data }) => setRows(data ?? []));
  }, []);

  async function removeUser(id: string) {
    await supabaseAdmin.auth.admin.deleteUser(id);
    setRows((r) => r.filter((x) => x.id !== id));
  }

  return (
    <table className="w-full text-sm">
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>{r.email}</td>
            <td>{r.plan}</td>
            <td>
              <button onClick={() => removeUser(r.id)}>Delete</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
