"use client";

import { useEffect, useState } from "react";
import { getSupabase } from "@/lib/supabase/factory";

export function InvoiceTable() {
  const [rows, setRows] = useState<{ id: string; customer: string; total: number }[]>([]);

  useEffect(() => {
    const db = getSupabase("elevated");
    db.from("invoices")
      .select("id, customer, total")
      .then(({ data }) => setRows(data ?? []));
  }, []);

  return (
    <table className="w-full text-sm">
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>{r.customer}</td>
            <td className="text-right">{r.total.toFixed(2)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
