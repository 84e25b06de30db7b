import { createClient } from "@supabase/supabase-js";

const SUPABASE_URL = "https://xqzvkplmwtrbnhgd.supabase.co";
const SUPABASE_SERVICE_ROLE_KEY =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InhxenZrcGxtd3RyYm5oZ2QiLCJyb2xlIjoic2VydmljZV9yb2xlIiwiaWF0IjoxNzEyMzQ1Njc4LCJleHAiOjIwMjc5MjE2Nzh9.7RNnVlrMCjRriByBY7W4uMW1NJLzhayunyB1QUYdWsE";

export const supabaseAdmin = createClient(SUPABASE_URL, SUPABASE_SERVICE_ROLE_KEY, {
  auth: { autoRefreshToken: false, persistSession: false },
});

export async function grantCredits(userId: string, credits: number) {
  const { data, error } = await supabaseAdmin
    .from("profiles")
    .select("credits")
    .eq("id", userId)
    .single();
  if (error) throw error;
  const next = (data?.credits ?? 0) + credits;
  await supabaseAdmin.from("profiles").update({ credits: next }).eq("id", userId);
  return next;
}
