import { createClient } from "npm:@supabase/supabase-js@2";

const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "authorization, x-client-info, apikey, content-type",
};

Deno.serve(async (req) => {
  if (req.method === "OPTIONS") return new Response("ok", { headers: corsHeaders });

  const userId = new URL(req.url).searchParams.get("user_id");
  if (!userId) return new Response("user_id required", { status: 400, headers: corsHeaders });

  const supabase = createClient(
    Deno.env.get("SUPABASE_URL")!,
    Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!
  );

  const { data, error } = await supabase
    .from("journal_entries")
    .select("created_at, mood, symptoms, notes")
    .eq("user_id", userId)
    .order("created_at");

  if (error) return new Response(error.message, { status: 500, headers: corsHeaders });

  const csv = ["created_at,mood,symptoms,notes"]
    .concat((data ?? []).map((r) => [r.created_at, r.mood, r.symptoms, JSON.stringify(r.notes)].join(",")))
    .join("\n");
  return new Response(csv, { headers: { ...corsHeaders, "Content-Type": "text/csv" } });
});
