"use client";

import { useEffect, useState } from "react";
import { createClient } from "@/lib/supabase/client";

export function TeamTable() {
  const [members, setMembers] = useState<any[]>([]);
  useEffect(() => {
    createClient().from("team_members").select("*, profiles(*)").then(({ data }) => setMembers(data ?? []));
  }, []);
  return (
    <table>
      <tbody>
        {members.map((m) => (
          <tr key={m.id}><td>{m.profiles.full_name}</td><td>{m.role}</td></tr>
        ))}
      </tbody>
    </table>
  );
}
