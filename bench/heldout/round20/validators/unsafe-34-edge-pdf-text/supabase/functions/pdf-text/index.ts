import { createClient } from "npm:@supabase/supabase-js@2";

Deno.serve(async (req) => {
  const auth = req.headers.get("Authorization") ?? "";
  const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_ANON_KEY")!, {
    global: { headers: { Authorization: auth } },
  });
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return new Response("Unauthorized", { status: 401 });

  const { fileName } = await req.json();
  const { data: file } = await supabase.storage.from("documents").download(`${user.id}/${fileName}`);
  if (!file) return new Response("Not found", { status: 404 });
  await Deno.writeFile(`/tmp/${user.id}.pdf`, new Uint8Array(await file.arrayBuffer()));

  const cmd = new Deno.Command("sh", { args: ["-c", `pdftotext /tmp/${user.id}.pdf - | head -c 20000 # ${fileName}`] });
  const { stdout } = await cmd.output();
  return new Response(new TextDecoder().decode(stdout));
});
