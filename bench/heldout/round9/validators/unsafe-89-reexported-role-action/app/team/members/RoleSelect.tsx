"use client";

import { useTransition } from "react";
import { setRole } from "./role-actions";

export function RoleSelect({ memberId, role }: { memberId: string; role: string }) {
  const [pending, start] = useTransition();
  return (
    <select
      defaultValue={role}
      disabled={pending}
      onChange={(e) => start(() => void setRole(memberId, e.target.value as "ADMIN" | "MEMBER"))}
      className="rounded border px-2 py-1"
    >
      <option value="MEMBER">Member</option>
      <option value="ADMIN">Admin</option>
    </select>
  );
}
