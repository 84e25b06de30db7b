import { createClient } from "@supabase/supabase-js";
import type { Database } from "./types";

const SUPABASE_URL = "https://qdrdgwnpzlkfygiooswf.supabase.co";
const SUPABASE_PUBLISHABLE_KEY = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InFkcmRnd25wemxrZnlnaW9vc3dmIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MTE1Mzc3NDksImV4cCI6MjAyNjg5Nzc0OX0.0MVwjV7JwqyjtDdjDkdZrRmQnCVveQhoMxw_uHthVJq";

export const supabase = createClient<Database>(SUPABASE_URL, SUPABASE_PUBLISHABLE_KEY, {
  auth: { storage: localStorage, persistSession: true, autoRefreshToken: true },
});
