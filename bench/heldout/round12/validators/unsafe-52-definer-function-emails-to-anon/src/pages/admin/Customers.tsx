import { useEffect, useState } from "react";
import { supabase } from "@/lib/supabase";

type Customer = { id: string; email: string; full_name: string | null; created_at: string };

export default function Customers() {
  const [search, setSearch] = useState("");
  const [rows, setRows] = useState<Customer[]>([]);

  useEffect(() => {
    const t = setTimeout(async () => {
      const { data } = await supabase.rpc("list_customers", { search });
      setRows((data as Customer[]) ?? []);
    }, 250);
    return () => clearTimeout(t);
  }, [search]);

  return (
    <div className="p-6">
      <input
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        placeholder="Search customers"
        className="mb-4 w-full rounded border px-3 py-2"
      />
      {rows.map((c) => (
        <div key={c.id} className="border-b py-2">
          {c.full_name ?? "-"} <span className="text-gray-500">{c.email}</span>
        </div>
      ))}
    </div>
  );
}
