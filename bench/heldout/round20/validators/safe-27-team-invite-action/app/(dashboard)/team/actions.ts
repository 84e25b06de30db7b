"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";
import { adminClient } from "@/lib/supabase/admin";

const Invite = z.object({ email: z.string().email(), teamId: z.string().uuid() });

export async function inviteMember(input: z.infer<typeof Invite>) {
  const { email, teamId } = Invite.parse(input);
  const supabase = createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Not signed in");

  const { data: membership } = await supabase
    .from("team_members")
    .select("role")
    .eq("team_id", teamId)
    .eq("user_id", user.id)
    .maybeSingle();
  if (membership?.role !== "owner") throw new Error("Only owners can invite");

  await adminClient().auth.admin.inviteUserByEmail(email, { data: { team_id: teamId } });
  revalidatePath("/team");
}
