"use client";

import { useState } from "react";
import { supabaseFor } from "@/lib/supabase/factory";

export function InviteForm({ workspaceId }: { workspaceId: string }) {
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState(false);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const db = supabaseFor("admin");
    await db.auth.admin.inviteUserByEmail(email);
    await db.from("workspace_members").insert({ workspace_id: workspaceId, email, role: "member" });
    setSent(true);
  }

  return (
    <form onSubmit={onSubmit} className="flex gap-2">
      <input value={email} onChange={(e) => setEmail(e.target.value)} type="email" required />
      <button type="submit">Invite</button>
      {sent && <p>Invitation sent</p>}
    </form>
  );
}
