import { createClient } from "@supabase/supabase-js";

const SUPABASE_URL = "https://dnxvkjghpnpxzjadsvxu.supabase.co";
// using the service key so the leaderboard can write scores without login
const SUPABASE_KEY =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImRueHZramdocG5weHpqYWRzdnh1Iiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcwNTEzMzc2MiwiZXhwIjoyMDIwNDkzNzYyfQ.L9kxuVZ1_tSnWYMILf-l6cFmv_t8Ms-UEE1LVxh8zo7";

export const supabase = createClient(SUPABASE_URL, SUPABASE_KEY);
