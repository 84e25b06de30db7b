"use client";

import { useEffect, useState } from "react";
import { createClient } from "@supabase/supabase-js";

const supabase = createClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY!
);

type Invoice = { id: string; client: string; total: number; status: string };

export default function InvoiceTable() {
  const [rows, setRows] = useState<Invoice[]>([]);

  useEffect(() => {
    supabase
      .from("invoices")
      .select("id, client, total, status")
      .order("created_at", { ascending: false })
      .then(({ data }) => setRows(data ?? []));
  }, []);

  return (
    <table className="w-full text-sm">
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>{r.client}</td>
            <td>{r.total.toFixed(2)}</td>
            <td>{r.status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
