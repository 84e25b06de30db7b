import { createClient } from "npm:@supabase/supabase-js@2";

Deno.serve(async (req) => {
  if (req.method !== "POST") return new Response("Method not allowed", { status: 405 });

  const token = req.headers.get("Authorization")?.replace("Bearer ", "");
  if (!token) return new Response("Unauthorized", { status: 401 });

  const admin = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!, {
    auth: { persistSession: false },
  });

  const { data: { user }, error } = await admin.auth.getUser(token);
  if (error || !user) return new Response("Unauthorized", { status: 401 });

  const { error: delError } = await admin.auth.admin.deleteUser(user.id);
  if (delError) return new Response("Could not delete account", { status: 500 });
  return new Response(JSON.stringify({ deleted: true }), { headers: { "Content-Type": "application/json" } });
});
