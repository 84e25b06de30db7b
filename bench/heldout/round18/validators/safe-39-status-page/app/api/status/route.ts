import { NextResponse } from "next/server";
import { createClient } from "@supabase/supabase-js";

export const revalidate = 60;

const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!);

export async function GET() {
  const { data, error } = await supabase
    .from("service_checks")
    .select("service, status, checked_at, latency_ms")
    .gte("checked_at", new Date(Date.now() - 90 * 24 * 3600 * 1000).toISOString())
    .order("checked_at", { ascending: true });

  if (error) return NextResponse.json({ services: [] }, { status: 503 });
  return NextResponse.json({ services: data });
}
