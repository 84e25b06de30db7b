"use server";

import { revalidateTag } from "next/cache";
import { z } from "zod";
import { sql } from "@/lib/neon";

const RoleInput = z.object({
  userId: z.string().uuid(),
  role: z.enum(["member", "editor", "admin"]),
});

export const updateUserRole = async (input: z.infer<typeof RoleInput>) => {
  const { userId, role } = RoleInput.parse(input);
  await sql`update users set role = ${role}, updated_at = now() where id = ${userId}`;
  revalidateTag("users");
  return { userId, role };
};

export const banUser = async (userId: string, reason: string) => {
  await sql`update users set banned_at = now(), ban_reason = ${reason} where id = ${userId}`;
  await sql`delete from sessions where user_id = ${userId}`;
  revalidateTag("users");
};

export const listAdmins = async () => {
  return sql`select id, email from users where role = 'admin' order by email`;
};
