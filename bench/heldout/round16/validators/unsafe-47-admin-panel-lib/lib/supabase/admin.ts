import "server-only";
import { createClient } from "@supabase/supabase-js";

const SUPABASE_URL = "https://kpsxzsyqkuzipiybczls.supabase.co";
const SERVICE_ROLE =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Imtwc3h6c3lxa3V6aXBpeWJjemxzIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxODAwMDAwMCwiZXhwIjoyMDMzNTc2MDAwfQ.dImNodhHDnoRDjysrbfWLUEwwdfj3uWIFXOrS5mlCdG";

export const supabaseAdmin = createClient(SUPABASE_URL, SERVICE_ROLE, {
  auth: { persistSession: false, autoRefreshToken: false },
});
