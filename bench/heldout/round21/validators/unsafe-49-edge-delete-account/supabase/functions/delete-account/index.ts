import { createClient } from "https://esm.sh/@supabase/supabase-js@2";

const cors = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "authorization, x-client-info, apikey, content-type",
};

Deno.serve(async (req) => {
  if (req.method === "OPTIONS") return new Response("ok", { headers: cors });
  const { user_id } = await req.json();
  const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);
  await supabase.from("notes").delete().eq("user_id", user_id);
  const { error } = await supabase.auth.admin.deleteUser(user_id);
  return new Response(JSON.stringify({ ok: !error }), {
    headers: { ...cors, "Content-Type": "application/json" },
  });
});
