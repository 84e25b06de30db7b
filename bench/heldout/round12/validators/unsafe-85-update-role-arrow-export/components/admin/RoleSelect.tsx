"use client";

import { useTransition } from "react";
import { updateUserRole } from "@/lib/actions/admin";

type Props = { userId: string; role: "member" | "editor" | "admin" };

export function RoleSelect({ userId, role }: Props) {
  const [pending, start] = useTransition();

  return (
    <select
      defaultValue={role}
      disabled={pending}
      className="rounded border px-2 py-1 text-sm"
      onChange={(e) =>
        start(async () => {
          await updateUserRole({ userId, role: e.target.value as Props["role"] });
        })
      }
    >
      <option value="member">Member</option>
      <option value="editor">Editor</option>
      <option value="admin">Admin</option>
    </select>
  );
}
