"use client";

import { useEffect, useState } from "react";
import { createClient } from "@supabase/supabase-js";
import { Button } from "@/components/ui/button";

const adminClient = createClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY!,
);

type Row = { id: string; email: string; created_at: string; banned_until: string | null };

export function UsersTable() {
  const [rows, setRows] = useState<Row[]>([]);

  useEffect(() => {
    adminClient.auth.admin.listUsers({ page: 1, perPage: 100 }).then(({ data }) => {
      setRows((data?.users ?? []) as unknown as Row[]);
    });
  }, []);

  async function ban(id: string) {
    await adminClient.auth.admin.updateUserById(id, { ban_duration: "876000h" });
    setRows((r) => r.filter((u) => u.id !== id));
  }

  return (
    <table className="w-full text-sm">
      <tbody>
        {rows.map((u) => (
          <tr key={u.id} className="border-b">
            <td className="py-2">{u.email}</td>
            <td>{new Date(u.created_at).toLocaleDateString()}</td>
            <td>
              <Button variant="destructive" size="sm" onClick={() => ban(u.id)}>
                Ban
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
