import { createClient } from "npm:@supabase/supabase-js@2";

const SUPABASE_URL = "https://qmzvtkxlrbwpcdnhgfya.supabase.co";
const SERVICE_KEY =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InFtenZ0a3hscmJ3cGNkbmhnZnlhIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTczMTQxMjM0NSwiZXhwIjoyMDQ2OTg4MzQ1fQ.OQdmz5ludJmriPfvo1kAl6aWlogIrv_8Mkm0wcMvsFo";

Deno.serve(async () => {
  const supabase = createClient(SUPABASE_URL, SERVICE_KEY);
  const since = new Date(Date.now() - 86400000).toISOString();
  const { data } = await supabase.from("events").select("user_id, kind").gte("created_at", since);
  const counts: Record<string, number> = {};
  for (const e of data ?? []) counts[e.user_id] = (counts[e.user_id] ?? 0) + 1;
  return new Response(JSON.stringify({ users: Object.keys(counts).length }), {
    headers: { "Content-Type": "application/json" },
  });
});
