import { timingSafeEqual } from "node:crypto";
import { createClient } from "@supabase/supabase-js";
import { sendDigest } from "@/lib/mail";

function authorized(req: Request) {
  const got = Buffer.from(req.headers.get("authorization") ?? "");
  const want = Buffer.from(`Bearer ${process.env.CRON_SECRET ?? ""}`);
  return process.env.CRON_SECRET !== undefined && got.length === want.length && timingSafeEqual(got, want);
}

export async function GET(req: Request) {
  if (!authorized(req)) return new Response("Unauthorized", { status: 401 });

  const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!, {
    auth: { persistSession: false },
  });
  const { data: subs } = await supabase.from("subscribers").select("email").eq("confirmed", true);
  for (const s of subs ?? []) await sendDigest(s.email);
  return Response.json({ sent: subs?.length ?? 0 });
}
