"use server";

import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";

export async function updateProfile(formData: FormData) {
  const userId = formData.get("userId") as string;
  const displayName = (formData.get("displayName") as string)?.trim();
  const bio = (formData.get("bio") as string) ?? "";

  if (!displayName) {
    return { error: "Display name is required" };
  }

  await db
    .update(users)
    .set({ displayName, bio, updatedAt: new Date() })
    .where(eq(users.id, userId));

  revalidatePath("/settings");
  return { success: true };
}
