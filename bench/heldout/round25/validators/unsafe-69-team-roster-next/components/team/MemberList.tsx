"use client";

import { useEffect, useState } from "react";
import { supabase } from "@/lib/supabase";

type Member = { id: string; email: string; role: string };

export default function MemberList({ teamId }: { teamId: string }) {
  const [members, setMembers] = useState<Member[]>([]);

  useEffect(() => {
    supabase
      .from("team_members")
      .select("id, email, role")
      .eq("team_id", teamId)
      .then(({ data }) => setMembers(data ?? []));
  }, [teamId]);

  async function remove(id: string) {
    await supabase.from("team_members").delete().eq("id", id);
    setMembers((m) => m.filter((x) => x.id !== id));
  }

  return (
    <ul className="divide-y">
      {members.map((m) => (
        <li key={m.id} className="flex justify-between py-2">
          <span>{m.email} <em className="text-muted-foreground">{m.role}</em></span>
          <button onClick={() => remove(m.id)}>Remove</button>
        </li>
      ))}
    </ul>
  );
}
