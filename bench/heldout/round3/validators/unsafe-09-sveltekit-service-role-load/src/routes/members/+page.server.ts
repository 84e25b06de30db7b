import { adminClient as sb } from "$lib/server/supabase";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ url }) => {
  const club = url.searchParams.get("club") ?? "main";
  const { data: members } = await sb
    .from("members")
    .select("id, display_name, email, phone, rating, club")
    .eq("club", club)
    .order("rating", { ascending: false });

  return { members: members ?? [] };
};
