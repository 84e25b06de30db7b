import { createClient } from "jsr:@supabase/supabase-js@2";
import { timingSafeEqual } from "jsr:@std/crypto/timing-safe-equal";

const enc = new TextEncoder();

function authorized(req: Request) {
  const expected = Deno.env.get("CRON_SECRET");
  const got = req.headers.get("x-cron-secret");
  if (!expected || !got) return false;
  const a = enc.encode(expected);
  const b = enc.encode(got);
  return a.length === b.length && timingSafeEqual(a, b);
}

Deno.serve(async (req) => {
  if (!authorized(req)) return new Response("forbidden", { status: 403 });

  const admin = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);
  const { data: due } = await admin
    .from("reminders")
    .select("id, user_id, message")
    .lte("remind_at", new Date().toISOString())
    .eq("sent", false)
    .limit(100);

  for (const r of due ?? []) {
    await admin.from("notifications").insert({ user_id: r.user_id, body: r.message });
    await admin.from("reminders").update({ sent: true }).eq("id", r.id);
  }
  return Response.json({ sent: due?.length ?? 0 });
});
