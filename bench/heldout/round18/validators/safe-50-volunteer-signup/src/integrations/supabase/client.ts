import { createClient } from "@supabase/supabase-js";
import type { Database } from "./types";

const SUPABASE_URL = "https://yeymalfhjzyhuoudvvxi.supabase.co";
const SUPABASE_PUBLISHABLE_KEY = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InlleW1hbGZoanp5aHVvdWR2dnhpIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MDIyMzA4MDcsImV4cCI6MjAxNzU5MDgwN30.E9gLl5L5AICN8eqGd6oJwZ0HsgZYp-fRI7EXSxVbUhK";

export const supabase = createClient<Database>(SUPABASE_URL, SUPABASE_PUBLISHABLE_KEY, {
  auth: { storage: localStorage, persistSession: true, autoRefreshToken: true },
});
