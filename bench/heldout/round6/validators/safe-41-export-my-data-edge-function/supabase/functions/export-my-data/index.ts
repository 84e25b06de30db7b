import { createClient } from "jsr:@supabase/supabase-js@2";

Deno.serve(async (req) => {
  const authHeader = req.headers.get("Authorization") ?? "";
  const token = authHeader.replace(/^Bearer\s+/i, "");
  if (!token) return new Response("Unauthorized", { status: 401 });

  const admin = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);
  const { data: { user }, error } = await admin.auth.getUser(token);
  if (error || !user) return new Response("Unauthorized", { status: 401 });

  const [{ data: profile }, { data: entries }] = await Promise.all([
    admin.from("profiles").select("*").eq("id", user.id).single(),
    admin.from("workouts").select("*").eq("user_id", user.id).order("performed_at"),
  ]);

  return new Response(JSON.stringify({ profile, workouts: entries }, null, 2), {
    headers: { "Content-Type": "application/json", "Content-Disposition": "attachment; filename=my-data.json" },
  });
});
