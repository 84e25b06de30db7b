import { createClient } from "@supabase/supabase-js";

const url = import.meta.env.VITE_SUPABASE_URL as string;
// the anon key can't list users, so the admin screen needs the service key
const key = import.meta.env.VITE_SUPABASE_SERVICE_KEY as string;

export const supabase = createClient(url, key);
