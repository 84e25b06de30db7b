import { createClient } from "jsr:@supabase/supabase-js@2";

const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "authorization, x-client-info, apikey, content-type",
};

Deno.serve(async (req) => {
  if (req.method === "OPTIONS") return new Response("ok", { headers: corsHeaders });

  const supabase = createClient(
    Deno.env.get("SUPABASE_URL")!,
    Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!,
  );

  const { profileId, displayName, goalWeightKg, plan } = await req.json();
  const { data, error } = await supabase
    .from("profiles")
    .update({ display_name: displayName, goal_weight_kg: goalWeightKg, plan })
    .eq("id", profileId)
    .select()
    .single();

  return new Response(JSON.stringify(error ? { error: error.message } : data), {
    status: error ? 400 : 200,
    headers: { ...corsHeaders, "Content-Type": "application/json" },
  });
});
