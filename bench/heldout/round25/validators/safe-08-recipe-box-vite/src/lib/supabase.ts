import { createClient } from "@supabase/supabase-js";

const supabaseUrl = "https://iwwcptqfqnymlwffuzuf.supabase.co";
const supabaseAnonKey =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Iml3d2NwdHFmcW55bWx3ZmZ1enVmIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MjU1ODM1ODgsImV4cCI6MjA0Mjk0ODY5MH0.pzr0-Hu0IeOyM1Oydub4NO4frhPY_9jqO8F1LbcDoBk";

export const supabase = createClient(supabaseUrl, supabaseAnonKey);
