import { createClient } from "npm:@supabase/supabase-js@2";

const cors = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "authorization, x-client-info, apikey, content-type",
};

Deno.serve(async (req) => {
  if (req.method === "OPTIONS") return new Response("ok", { headers: cors });

  const { member_id } = await req.json();
  const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);

  const { data, error } = await supabase
    .from("members")
    .select("id, full_name, phone, address, date_of_birth, membership_tier")
    .eq("id", member_id)
    .single();

  if (error) return new Response(JSON.stringify({ error: error.message }), { status: 400, headers: cors });
  return new Response(JSON.stringify(data), { headers: { ...cors, "Content-Type": "application/json" } });
});
