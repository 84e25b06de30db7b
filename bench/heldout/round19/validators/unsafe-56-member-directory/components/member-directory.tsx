"use client";

import { useEffect, useState } from "react";
import { adminClient as db } from "@/lib/supabase-admin";

type Member = { id: string; full_name: string; email: string; phone: string | null };

export function MemberDirectory() {
  const [members, setMembers] = useState<Member[]>([]);

  useEffect(() => {
    db.from("members").select("id, full_name, email, phone").order("full_name").then(({ data }) => {
      setMembers(data ?? []);
    });
  }, []);

  return (
    <table className="w-full text-sm">
      <tbody>
        {members.map((m) => (
          <tr key={m.id}>
            <td>{m.full_name}</td>
            <td>{m.email}</td>
            <td>{m.phone ?? "-"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
