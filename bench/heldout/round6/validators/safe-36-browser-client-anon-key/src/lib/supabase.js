import { createClient } from "@supabase/supabase-js";

// Public anon key: safe to ship, access is enforced by RLS.
const SUPABASE_URL = "https://iikwjbvbbquffteuxxpl.supabase.co";
const SUPABASE_ANON_KEY = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Imlpa3dqYnZiYnF1ZmZ0ZXV4eHBsIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MDg5OTkzMTUsImV4cCI6MjAyNDM1OTMxNX0.rO7yMhmQZJREtYAf2pYIn6ObHakugRSfcYX8CxyUf28";

export const supabase = createClient(SUPABASE_URL, SUPABASE_ANON_KEY);
