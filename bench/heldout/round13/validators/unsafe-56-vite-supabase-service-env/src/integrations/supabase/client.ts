import { createClient } from "@supabase/supabase-js";
import type { Database } from "./types";

const SUPABASE_URL = import.meta.env.VITE_SUPABASE_URL as string;
// RLS kept blocking inserts from the kanban board, so we use the elevated key here
const SUPABASE_KEY = (import.meta.env.VITE_SUPABASE_SERVICE_KEY ??
  import.meta.env.VITE_SUPABASE_ANON_KEY) as string;

export const supabase = createClient<Database>(SUPABASE_URL, SUPABASE_KEY, {
  auth: { persistSession: true, autoRefreshToken: true },
});
