import { timingSafeEqual } from "node:crypto";
import { createClient } from "@supabase/supabase-js";

function authorized(req: Request) {
  const got = Buffer.from(req.headers.get("authorization") ?? "");
  const want = Buffer.from(`Bearer ${process.env.CRON_SECRET ?? ""}`);
  return process.env.CRON_SECRET && got.length === want.length && timingSafeEqual(got, want);
}

export async function GET(req: Request) {
  if (!authorized(req)) return new Response("Unauthorized", { status: 401 });

  const admin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!, {
    auth: { persistSession: false },
  });
  const cutoff = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString();
  const { count } = await admin.from("share_links").delete({ count: "exact" }).lt("expires_at", cutoff);
  return Response.json({ deleted: count ?? 0 });
}
