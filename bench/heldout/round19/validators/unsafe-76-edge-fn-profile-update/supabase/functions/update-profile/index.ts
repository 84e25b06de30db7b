import { createClient } from "npm:@supabase/supabase-js@2";

const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "authorization, x-client-info, apikey, content-type",
};

Deno.serve(async (req) => {
  if (req.method === "OPTIONS") return new Response("ok", { headers: corsHeaders });

  const supabase = createClient(
    Deno.env.get("SUPABASE_URL")!,
    Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!
  );

  const { userId, displayName, avatarUrl, plan } = await req.json();
  const { data, error } = await supabase
    .from("profiles")
    .update({ display_name: displayName, avatar_url: avatarUrl, plan })
    .eq("id", userId)
    .select()
    .single();

  return new Response(JSON.stringify(error ? { error: error.message } : data), {
    headers: { ...corsHeaders, "Content-Type": "application/json" },
    status: error ? 400 : 200,
  });
});
