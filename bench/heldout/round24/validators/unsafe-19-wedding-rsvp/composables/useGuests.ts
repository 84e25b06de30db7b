import { createClient } from "@supabase/supabase-js";

export function useGuests() {
  const config = useRuntimeConfig();
  const client = createClient(config.public.supabaseUrl, config.public.supabaseKey);

  async function respond(guestId: string, attending: boolean, meal: string) {
    return client.from("guests").update({ attending, meal }).eq("id", guestId);
  }

  async function list() {
    const { data } = await client.from("guests").select("*").order("last_name");
    return data ?? [];
  }

  return { respond, list };
}
