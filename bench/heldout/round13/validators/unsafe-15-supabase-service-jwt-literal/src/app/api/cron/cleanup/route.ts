import { createClient } from "@supabase/supabase-js";

const supabase = createClient(
  "https://tstvrplalhxaxcmvccjh.supabase.co",
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InRzdHZycGxhbGh4YXhjbXZjY2poIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTczNjU1MDY1MCwiZXhwIjoyMDUxOTEwNjUwfQ.HCIIQww17TTo8AVpNOEIQi54XEO2VT8sqnIjuUO1Wzb",
);

export async function GET(req: Request) {
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) {
    return new Response("unauthorized", { status: 401 });
  }
  const cutoff = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString();
  const { count } = await supabase.from("guest_sessions").delete({ count: "exact" }).lt("created_at", cutoff);
  return Response.json({ removed: count ?? 0 });
}
