import { createClient } from "@supabase/supabase-js";
import type { Database } from "./types";

const SUPABASE_URL = "https://msvkmnnwvcdtcvqvhrcz.supabase.co";
const SUPABASE_PUBLISHABLE_KEY = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Im1zdmttbm53dmNkdGN2cXZocmN6Iiwicm9sZSI6ImFub24iLCJpYXQiOjE3MTIzOTA1NzUsImV4cCI6MjAyNzc1MDU3NX0.qGt_wyDCpB1megfFIykmuxol5nvcgmpA3pFyKCOJ4am";

export const supabase = createClient<Database>(SUPABASE_URL, SUPABASE_PUBLISHABLE_KEY);
