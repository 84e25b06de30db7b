"use client";

import { useEffect, useState } from "react";
import { adminDb } from "@/lib/supabase-admin-browser";

type Signup = { id: string; email: string; created_at: string; plan: string };

export default function SignupsPage() {
  const [rows, setRows] = useState<Signup[]>([]);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    adminDb
      .from("signups")
      .select("id, email, created_at, plan")
      .order("created_at", { ascending: false })
      .then(({ data }) => {
        setRows(data ?? []);
        setLoading(false);
      });
  }, []);

  if (loading) return <p className="p-6">Loading…</p>;

  return (
    <div className="p-6">
      <h1 className="mb-4 text-xl font-bold">Signups ({rows.length})</h1>
      <ul className="divide-y">
        {rows.map((r) => (
          <li key={r.id} className="py-2">
            {r.email} — {r.plan}
          </li>
        ))}
      </ul>
    </div>
  );
}
