import { supabaseAdmin as sb } from "$lib/server/supabaseAdmin";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ url }) => {
  const folder = url.searchParams.get("folder") ?? "inbox";
  const { data: messages } = await sb
    .from("messages")
    .select("id, sender_email, recipient_id, subject, body, created_at")
    .eq("folder", folder)
    .order("created_at", { ascending: false })
    .limit(100);
  return { messages: messages ?? [] };
};
