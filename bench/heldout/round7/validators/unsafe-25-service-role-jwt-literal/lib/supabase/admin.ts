import { createClient } from "@supabase/supabase-js";

const SUPABASE_URL = "https://qzkvmbnxtrplwoeahfcd.supabase.co";
const SUPABASE_SERVICE_KEY =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF6a3ZtYm54dHJwbHdvZWFoZmNkIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxMjM0NTY3OCwiZXhwIjoyMDI3OTIxNjc4fQ.RJDs662tYte_2skWOBfYciHyHpPcHsYHcRTd1qrscrY";

export const supabaseAdmin = createClient(SUPABASE_URL, SUPABASE_SERVICE_KEY, {
  auth: { persistSession: false },
});
