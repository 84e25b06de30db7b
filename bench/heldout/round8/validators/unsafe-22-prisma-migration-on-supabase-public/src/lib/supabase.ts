import { createClient } from "@supabase/supabase-js";

export const supabase = createClient(
  import.meta.env.VITE_SUPABASE_URL,
  import.meta.env.VITE_SUPABASE_ANON_KEY
);

export async function emailTaken(email: string) {
  const { data } = await supabase.from("User").select("id").eq("email", email).maybeSingle();
  return Boolean(data);
}
