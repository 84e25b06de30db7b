import { timingSafeEqual } from "node:crypto";
import { createClient } from "@supabase/supabase-js";

function authorized(req: Request) {
  const got = Buffer.from(req.headers.get("authorization") ?? "");
  const want = Buffer.from(`Bearer ${process.env.CRON_SECRET}`);
  return got.length === want.length && timingSafeEqual(got, want);
}

export async function GET(req: Request) {
  if (!process.env.CRON_SECRET || !authorized(req)) {
    return new Response("Unauthorized", { status: 401 });
  }
  const admin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);
  const cutoff = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString();
  const { count } = await admin.from("slot_holds").delete({ count: "exact" }).lt("expires_at", cutoff);
  return Response.json({ deleted: count ?? 0 });
}
