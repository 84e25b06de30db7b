import { useEffect, useState } from "react";
import { supabaseAdmin } from "@/integrations/supabase/adminClient";
import { Button } from "@/components/ui/button";

type Member = { id: string; email?: string; created_at: string };

export default function AdminMembers() {
  const [members, setMembers] = useState<Member[]>([]);

  useEffect(() => {
    supabaseAdmin.auth.admin.listUsers({ perPage: 200 }).then(({ data }) => {
      setMembers(data?.users ?? []);
    });
  }, []);

  async function ban(id: string) {
    await supabaseAdmin.auth.admin.updateUserById(id, { ban_duration: "876000h" });
    setMembers((m) => m.filter((x) => x.id !== id));
  }

  return (
    <div className="container py-8">
      <h1 className="mb-4 text-2xl font-bold">Members</h1>
      <ul className="divide-y">
        {members.map((m) => (
          <li key={m.id} className="flex items-center justify-between py-2">
            <span>{m.email}</span>
            <Button variant="destructive" size="sm" onClick={() => ban(m.id)}>
              Ban
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
