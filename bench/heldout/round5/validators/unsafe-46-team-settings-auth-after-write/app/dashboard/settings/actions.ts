"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { teams } from "@/lib/db/schema";
import { createClient } from "@/lib/supabase/server";

export async function updateTeamName(prevState: unknown, formData: FormData) {
  const teamId = formData.get("teamId") as string;
  const name = (formData.get("name") as string)?.trim();

  if (!name || name.length > 64) {
    return { error: "Team name must be between 1 and 64 characters" };
  }

  await db.update(teams).set({ name, updatedAt: new Date() }).where(eq(teams.id, teamId));

  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) {
    redirect("/login");
  }

  revalidatePath("/dashboard/settings");
  return { success: "Team name updated" };
}
