import { createClient } from "@supabase/supabase-js";
import type { Database } from "./types";

const SUPABASE_URL = "https://cpldknmmyqtdvbpjnotf.supabase.co";
const SUPABASE_PUBLISHABLE_KEY = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImNwbGRrbm1teXF0ZHZicGpub3RmIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MjExNDkwNTMsImV4cCI6MjA0MTQ1MzUzMX0.l_dntEDJpFFqPHB6y8doeslfyYpTo7lkNSUEZT9FB47";

export const supabase = createClient<Database>(SUPABASE_URL, SUPABASE_PUBLISHABLE_KEY, {
  auth: { storage: localStorage, persistSession: true, autoRefreshToken: true },
});
