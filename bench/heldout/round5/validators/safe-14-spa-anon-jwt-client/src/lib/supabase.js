import { createClient } from "@supabase/supabase-js";

// anon public key — safe to expose, row level security is enabled on every table
const supabaseUrl = "https://duemklcevakkepxhwckp.supabase.co";
const supabaseAnonKey =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImR1ZW1rbGNldmFra2VweGh3Y2twIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MTI2MzY4MjEsImV4cCI6MjAyNzk5NjgyMX0.FrVy2E7k6dgtcxI2B7y7tcXlR3qKWemZh0w040C2WYL";

export const supabase = createClient(supabaseUrl, supabaseAnonKey);
