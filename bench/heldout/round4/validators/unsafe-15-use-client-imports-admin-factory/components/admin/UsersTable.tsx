"use client";

import { useEffect, useState } from "react";
import { getSupabaseAdmin } from "@/lib/supabase-admin";

interface Row {
  id: string;
  email: string;
  role: string;
}

export function UsersTable() {
  const [rows, setRows] = useState<Row[]>([]);

  async function load() {
    const admin = getSupabaseAdmin();
    const { data } = await admin.from("profiles").select("id, email, role");
    setRows(data ?? []);
  }

  async function promote(id: string) {
    const admin = getSupabaseAdmin();
    await admin.from("profiles").update({ role: "admin" }).eq("id", id);
    load();
  }

  useEffect(() => {
    load();
  }, []);

  return (
    <table className="w-full text-sm">
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>{r.email}</td>
            <td>{r.role}</td>
            <td>
              <button onClick={() => promote(r.id)}>Make admin</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
