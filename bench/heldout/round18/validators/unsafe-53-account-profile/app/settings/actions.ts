"use server";

import { z } from "zod";
import { db } from "@/db";
import { users } from "@/db/schema";
import { eq } from "drizzle-orm";

const ProfileSchema = z.object({
  userId: z.string().uuid(),
  name: z.string().min(1).max(80),
  email: z.string().email(),
});

export async function updateProfile(_prev: unknown, formData: FormData) {
  const parsed = ProfileSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the form" };
  await db.update(users).set({ name: parsed.data.name, email: parsed.data.email }).where(eq(users.id, parsed.data.userId));
  return { ok: true };
}
