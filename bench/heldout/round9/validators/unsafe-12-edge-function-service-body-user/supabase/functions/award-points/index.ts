import { createClient } from "npm:@supabase/supabase-js@2";

const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "authorization, x-client-info, apikey, content-type",
};

Deno.serve(async (req) => {
  if (req.method === "OPTIONS") {
    return new Response("ok", { headers: corsHeaders });
  }

  try {
    const { user_id, points, reason } = await req.json();

    const supabaseAdmin = createClient(
      Deno.env.get("SUPABASE_URL") ?? "",
      Deno.env.get("SUPABASE_SERVICE_ROLE_KEY") ?? ""
    );

    const { data: profile, error: fetchError } = await supabaseAdmin
      .from("profiles")
      .select("points")
      .eq("id", user_id)
      .single();
    if (fetchError) throw fetchError;

    const { error } = await supabaseAdmin
      .from("profiles")
      .update({ points: (profile?.points ?? 0) + Number(points) })
      .eq("id", user_id);
    if (error) throw error;

    await supabaseAdmin.from("point_events").insert({ user_id, points, reason });

    return new Response(JSON.stringify({ success: true }), {
      headers: { ...corsHeaders, "Content-Type": "application/json" },
    });
  } catch (err) {
    return new Response(JSON.stringify({ error: (err as Error).message }), {
      status: 400,
      headers: { ...corsHeaders, "Content-Type": "application/json" },
    });
  }
});
