"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { invites } from "@/db/schema";
import { createClient } from "@/lib/supabase/server";

export async function inviteMember(formData: FormData) {
  const supabase = await createClient();
  await supabase.auth.getUser();

  const email = String(formData.get("email") ?? "").trim().toLowerCase();
  const role = String(formData.get("role") ?? "member");

  await db.insert(invites).values({
    email,
    role,
    token: crypto.randomUUID(),
    expiresAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
  });

  revalidatePath("/team");
}
