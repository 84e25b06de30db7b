import { createClient } from "@supabase/supabase-js";

const SUPABASE_URL = "https://evmqvjedqnztfewyffxr.supabase.co";
const SUPABASE_KEY = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImV2bXF2amVkcW56dGZld3lmZnhyIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcwNjQ0NjI5MSwiZXhwIjoyMDIxODA2MjkxfQ.EY-p9XuIS-hfXs6KjIzvqXRD_Jge3-OpWKaBL1huiaq";

export const supabase = createClient(SUPABASE_URL, SUPABASE_KEY);

export async function saveScore(player, score) {
  return supabase.from("scores").insert({ player, score });
}
