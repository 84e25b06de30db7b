"use server";

import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db";
import { users } from "@/db/schema";
import { requireUser } from "@/lib/auth";

const ProfileInput = z.object({
  displayName: z.string().trim().min(1).max(80),
  bio: z.string().max(500).default(""),
});

export async function updateProfile(formData: FormData) {
  const user = await requireUser();

  const parsed = ProfileInput.safeParse({
    displayName: formData.get("displayName"),
    bio: formData.get("bio") ?? "",
  });
  if (!parsed.success) {
    return { error: "Please check the form" };
  }

  await db
    .update(users)
    .set({ ...parsed.data, updatedAt: new Date() })
    .where(eq(users.id, user.id));

  revalidatePath("/settings");
  return { success: true };
}
