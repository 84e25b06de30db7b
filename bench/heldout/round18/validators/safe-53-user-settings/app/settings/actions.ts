"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { requireUser } from "@/lib/auth";

const ProfileSchema = z.object({ name: z.string().min(1).max(80) });

export async function updateProfile(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const parsed = ProfileSchema.safeParse({ name: formData.get("name") });
  if (!parsed.success) return { error: "Please check the form" };
  await db.update(users).set({ name: parsed.data.name }).where(eq(users.id, user.id));
  return { ok: true };
}
