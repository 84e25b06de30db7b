"use client";

import { useEffect, useState } from "react";
import { createBrowserClient } from "@supabase/ssr";

const supabase = createBrowserClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY!
);

interface Member {
  id: string;
  full_name: string;
  plan: string;
  renews_at: string;
}

export function MembersTable() {
  const [members, setMembers] = useState<Member[]>([]);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    const load = async () => {
      const { data } = await supabase.from("members").select("id, full_name, plan, renews_at");
      setMembers(data ?? []);
      setLoading(false);
    };
    load();
  }, []);

  if (loading) return <p>Loading…</p>;

  return (
    <table className="w-full text-sm">
      <tbody>
        {members.map((m) => (
          <tr key={m.id}>
            <td>{m.full_name}</td>
            <td>{m.plan}</td>
            <td>{new Date(m.renews_at).toLocaleDateString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
