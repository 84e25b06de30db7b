import { createClient } from "@supabase/supabase-js";
import type { Database } from "./types";

const SUPABASE_URL = "https://qsmtvdrdqduigtxvztcy.supabase.co";
const SUPABASE_PUBLISHABLE_KEY = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InFzbXR2ZHJkcWR1aWd0eHZ6dGN5Iiwicm9sZSI6ImFub24iLCJpYXQiOjE3MDM0MTYxOTcsImV4cCI6MjAxODc3NjE5N30.x0l9sOJKegr0zzi2H9O7qnH8Rbr4OSz09G-fDlpxZ1c";

export const supabase = createClient<Database>(SUPABASE_URL, SUPABASE_PUBLISHABLE_KEY, {
  auth: { storage: localStorage, persistSession: true, autoRefreshToken: true },
});
