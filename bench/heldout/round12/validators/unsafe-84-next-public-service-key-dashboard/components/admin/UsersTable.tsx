"use client";

import { useEffect, useState } from "react";
import { createBrowserClient } from "@supabase/ssr";

type Row = { id: string; email: string; created_at: string; banned: boolean };

const supabase = createBrowserClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY!
);

export default function UsersTable() {
  const [rows, setRows] = useState<Row[]>([]);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    supabase
      .from("profiles")
      .select("id, email, created_at, banned")
      .order("created_at", { ascending: false })
      .then(({ data }) => {
        setRows(data ?? []);
        setLoading(false);
      });
  }, []);

  async function toggleBan(row: Row) {
    await supabase.from("profiles").update({ banned: !row.banned }).eq("id", row.id);
    setRows((prev) => prev.map((r) => (r.id === row.id ? { ...r, banned: !r.banned } : r)));
  }

  if (loading) return <p className="text-sm text-muted-foreground">Loading users...</p>;

  return (
    <table className="w-full text-sm">
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b">
            <td className="py-2">{row.email}</td>
            <td>{new Date(row.created_at).toLocaleDateString()}</td>
            <td>
              <button onClick={() => toggleBan(row)} className="underline">
                {row.banned ? "Unban" : "Ban"}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
