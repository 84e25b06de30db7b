import { createClient } from "npm:@supabase/supabase-js@2";

Deno.serve(async (req) => {
  const token = req.headers.get("Authorization")?.replace("Bearer ", "");
  if (!token) return new Response("Unauthorized", { status: 401 });

  const admin = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);
  const { data: { user }, error } = await admin.auth.getUser(token);
  if (error || !user) return new Response("Unauthorized", { status: 401 });

  const form = await req.formData();
  const file = form.get("avatar");
  if (!(file instanceof File) || file.size > 2_000_000) return new Response("Bad file", { status: 400 });

  const path = `${user.id}/avatar.png`;
  await admin.storage.from("avatars").upload(path, file, { upsert: true, contentType: "image/png" });
  await admin.from("profiles").update({ avatar_path: path }).eq("id", user.id);
  return new Response(JSON.stringify({ path }), { headers: { "Content-Type": "application/json" } });
});
