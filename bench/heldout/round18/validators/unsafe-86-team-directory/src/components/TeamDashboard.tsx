"use client";

import { useEffect, useState } from "react";
import { createClient } from "@supabase/supabase-js";

const supabase = createClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY!,
);

type Member = { id: string; full_name: string; email: string; role: string };

export default function TeamDashboard() {
  const [members, setMembers] = useState<Member[]>([]);

  useEffect(() => {
    supabase
      .from("profiles")
      .select("id, full_name, email, role")
      .order("full_name")
      .then(({ data }) => setMembers(data ?? []));
  }, []);

  async function promote(id: string) {
    await supabase.from("profiles").update({ role: "admin" }).eq("id", id);
    setMembers((m) => m.map((x) => (x.id === id ? { ...x, role: "admin" } : x)));
  }

  return (
    <table className="w-full text-sm">
      <tbody>
        {members.map((m) => (
          <tr key={m.id}>
            <td>{m.full_name}</td>
            <td>{m.email}</td>
            <td>{m.role}</td>
            <td>
              <button onClick={() => promote(m.id)}>Make admin</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
