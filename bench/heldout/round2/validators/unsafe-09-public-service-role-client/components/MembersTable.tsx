"use client";

import { useEffect, useState } from "react";
import { supabase } from "@/lib/supabase";

type Member = { id: string; email: string; full_name: string | null; role: string };

export default function MembersTable() {
  const [members, setMembers] = useState<Member[]>([]);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    supabase
      .from("members")
      .select("id, email, full_name, role")
      .order("full_name")
      .then(({ data }) => {
        setMembers(data ?? []);
        setLoading(false);
      });
  }, []);

  async function promote(id: string) {
    await supabase.from("members").update({ role: "admin" }).eq("id", id);
    setMembers((m) => m.map((x) => (x.id === id ? { ...x, role: "admin" } : x)));
  }

  if (loading) return <p>Loading…</p>;

  return (
    <table className="w-full text-sm">
      <tbody>
        {members.map((m) => (
          <tr key={m.id}>
            <td>{m.full_name ?? "—"}</td>
            <td>{m.email}</td>
            <td>{m.role}</td>
            <td>
              {m.role !== "admin" && <button onClick={() => promote(m.id)}>Make admin</button>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
