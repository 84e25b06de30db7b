import { createClient } from "npm:@supabase/supabase-js@2";

const supabase = createClient(
  Deno.env.get("SUPABASE_URL")!,
  Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!
);

Deno.serve(async (req) => {
  const event = req.headers.get("x-github-event");
  const signature = req.headers.get("x-hub-signature-256");
  const payload = await req.json();

  console.log("github event", event, signature?.slice(0, 12));

  if (event === "deployment_status") {
    await supabase.from("status_components").update({
      status: payload.deployment_status.state === "success" ? "operational" : "degraded",
      updated_at: new Date().toISOString(),
    }).eq("slug", payload.repository.name);
  }

  return new Response("ok");
});
