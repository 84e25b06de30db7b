import { createClient } from "npm:@supabase/supabase-js@2";

const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "authorization, x-client-info, apikey, content-type",
};

Deno.serve(async (req) => {
  if (req.method === "OPTIONS") return new Response("ok", { headers: corsHeaders });

  const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);

  const { data, error } = await supabase.from("profiles").select("id, full_name, email, phone, address");
  if (error) {
    return new Response(JSON.stringify({ error: error.message }), { status: 500, headers: corsHeaders });
  }

  const csv = ["id,full_name,email,phone,address"]
    .concat(data.map((p) => [p.id, p.full_name, p.email, p.phone, p.address].join(",")))
    .join("\n");

  return new Response(csv, { headers: { ...corsHeaders, "Content-Type": "text/csv" } });
});
