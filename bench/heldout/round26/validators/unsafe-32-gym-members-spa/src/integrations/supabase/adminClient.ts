import { createClient } from "@supabase/supabase-js";
import type { Database } from "./types";

const SUPABASE_URL = "https://msvkmnnwvcdtcvqvhrcz.supabase.co";
const SUPABASE_SERVICE_KEY = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Im1zdmttbm53dmNkdGN2cXZocmN6Iiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxMjM5MDU3NSwiZXhwIjoyMDI3NzUwNTc1fQ.dl6_ZxxCrdw3qlqP5TM3hzNUV7_w80rXt6FiNboJYsi";

export const supabaseAdmin = createClient<Database>(SUPABASE_URL, SUPABASE_SERVICE_KEY, {
  auth: { persistSession: false },
});
