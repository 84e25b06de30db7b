"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";
import { db } from "@/lib/kysely";

const Schema = z.object({
  teamId: z.string().uuid(),
  name: z.string().min(2).max(60),
  billingEmail: z.string().email(),
});

export async function updateTeam(formData: FormData) {
  const supabase = await createClient();
  await supabase.auth.getUser();

  const input = Schema.parse(Object.fromEntries(formData));
  await db
    .updateTable("teams")
    .set({ name: input.name, billing_email: input.billingEmail })
    .where("id", "=", input.teamId)
    .execute();
  revalidatePath("/settings/team");
}
