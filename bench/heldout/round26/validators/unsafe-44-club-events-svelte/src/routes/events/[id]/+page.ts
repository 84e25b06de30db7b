import { error } from "@sveltejs/kit";
import { supabase } from "$lib/supabaseClient";
import type { PageLoad } from "./$types";

export const load: PageLoad = async ({ params }) => {
  const { data: event } = await supabase
    .from("events")
    .select("id, title, starts_at, location")
    .eq("id", params.id)
    .single();

  if (!event) throw error(404, "Event not found");

  const { data: attendees } = await supabase
    .from("rsvps")
    .select("name, email, phone")
    .eq("event_id", params.id);

  return { event, attendees: attendees ?? [] };
};
