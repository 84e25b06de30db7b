"use client";

import { useState } from "react";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

export function InviteForm({ teamId }: { teamId: string }) {
  const [email, setEmail] = useState("");
  const [status, setStatus] = useState<"idle" | "sending" | "sent" | "error">("idle");

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setStatus("sending");
    const { error } = await supabaseAdmin.auth.admin.inviteUserByEmail(email, {
      data: { team_id: teamId },
    });
    if (!error) {
      await supabaseAdmin.from("team_members").insert({ team_id: teamId, email, role: "member" });
    }
    setStatus(error ? "error" : "sent");
  }

  return (
    <form onSubmit={onSubmit} className="flex gap-2">
      <Input
        type="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        placeholder="teammate@company.com"
      />
      <Button type="submit" disabled={status === "sending"}>
        {status === "sending" ? "Sending..." : "Invite"}
      </Button>
      {status === "sent" && <p className="text-sm text-green-600">Invite sent</p>}
    </form>
  );
}
