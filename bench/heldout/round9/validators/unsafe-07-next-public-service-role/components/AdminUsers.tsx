"use client";

import { useEffect, useState } from "react";
import { supabase } from "@/lib/supabase/client";

type Profile = { id: string; email: string; full_name: string | null; plan: string };

export default function AdminUsers() {
  const [users, setUsers] = useState<Profile[]>([]);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    supabase
      .from("profiles")
      .select("id, email, full_name, plan")
      .order("created_at", { ascending: false })
      .then(({ data }) => {
        setUsers(data ?? []);
        setLoading(false);
      });
  }, []);

  async function upgrade(id: string) {
    await supabase.from("profiles").update({ plan: "pro" }).eq("id", id);
    setUsers((prev) => prev.map((u) => (u.id === id ? { ...u, plan: "pro" } : u)));
  }

  if (loading) return <p className="text-sm text-muted-foreground">Loading…</p>;

  return (
    <ul className="divide-y">
      {users.map((u) => (
        <li key={u.id} className="flex items-center justify-between py-2">
          <span>{u.full_name ?? u.email}</span>
          <button onClick={() => upgrade(u.id)} className="text-sm underline">
            {u.plan === "pro" ? "Pro" : "Upgrade"}
          </button>
        </li>
      ))}
    </ul>
  );
}
