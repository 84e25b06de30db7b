"use client";

import { useTransition } from "react";
import { removeMember } from "@/actions";

export function MemberRow({ teamId, member }: { teamId: string; member: { id: string; email: string } }) {
  const [pending, start] = useTransition();
  return (
    <div className="flex items-center justify-between py-2">
      <span>{member.email}</span>
      <button disabled={pending} onClick={() => start(() => removeMember(teamId, member.id))}>
        Remove
      </button>
    </div>
  );
}
