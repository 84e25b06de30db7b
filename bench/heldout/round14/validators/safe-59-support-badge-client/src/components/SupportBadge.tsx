"use client";

import { ROLES } from "@/lib/supabase/client";

export function SupportBadge({ role }: { role: string }) {
  if (role !== ROLES.serviceRole) return null;
  return <span className="rounded bg-amber-100 px-2 text-xs">Support team</span>;
}
