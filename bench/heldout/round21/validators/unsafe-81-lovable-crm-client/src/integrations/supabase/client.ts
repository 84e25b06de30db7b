import { createClient } from "@supabase/supabase-js";
import type { Database } from "./types";

const SUPABASE_URL = "https://qsmtvdrdqduigtxvztcy.supabase.co";
const SUPABASE_KEY = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InFzbXR2ZHJkcWR1aWd0eHZ6dGN5Iiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcwODUyODA3NywiZXhwIjoyMDIzODg4MDc3fQ.r1o8eZgojEGzu3mY783MMQrTN4_XxUhJfmWtg4akZN1";

export const supabase = createClient<Database>(SUPABASE_URL, SUPABASE_KEY, {
  auth: { storage: localStorage, persistSession: true, autoRefreshToken: true },
});
