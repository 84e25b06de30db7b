import { timingSafeEqual } from "node:crypto";
import { NextResponse } from "next/server";
import { getServiceClient } from "@/lib/supabase/service";

function authorized(req: Request) {
  const expected = Buffer.from(`Bearer ${process.env.CRON_SECRET ?? ""}`);
  const given = Buffer.from(req.headers.get("authorization") ?? "");
  return (
    Boolean(process.env.CRON_SECRET) &&
    given.length === expected.length &&
    timingSafeEqual(given, expected)
  );
}

export async function GET(req: Request) {
  if (!authorized(req)) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }

  const { count, error } = await getServiceClient()
    .from("short_links")
    .delete({ count: "exact" })
    .lt("expires_at", new Date().toISOString());

  if (error) return NextResponse.json({ error: error.message }, { status: 500 });
  return NextResponse.json({ purged: count ?? 0 });
}
