import { InviteForm } from "./InviteForm";
import { createClient } from "@/lib/supabase/server";
import { redirect } from "next/navigation";

export default async function TeamPage() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/login");

  const { data: team } = await supabase
    .from("teams")
    .select("id, name")
    .eq("owner_id", user.id)
    .single();

  return (
    <main className="mx-auto max-w-2xl p-6">
      <h1 className="text-2xl font-semibold">{team?.name ?? "Your team"}</h1>
      {team && <InviteForm teamId={team.id} />}
    </main>
  );
}
