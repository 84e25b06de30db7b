"use client";

import { useEffect, useState } from "react";
import { createClient } from "@/lib/supabase/client";

type Signup = { id: string; email: string; plan: string; created_at: string };

export default function DashboardPage() {
  const [signups, setSignups] = useState<Signup[]>([]);
  const supabase = createClient();

  useEffect(() => {
    supabase
      .from("signups")
      .select("*")
      .order("created_at", { ascending: false })
      .then(({ data }) => setSignups(data ?? []));
  }, []);

  return (
    <main className="p-8">
      <h1 className="text-2xl font-bold mb-4">Sign-ups</h1>
      <ul className="divide-y">
        {signups.map((s) => (
          <li key={s.id} className="py-2 flex justify-between">
            <span>{s.email}</span>
            <span className="text-gray-500">{s.plan}</span>
          </li>
        ))}
      </ul>
    </main>
  );
}
