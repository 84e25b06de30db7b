import { NextResponse } from "next/server";
import { createClient } from "@supabase/supabase-js";

export const revalidate = 60;

const supabase = createClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!,
  { auth: { persistSession: false } },
);

export async function GET(req: Request) {
  const { searchParams } = new URL(req.url);
  const season = Number(searchParams.get("season") ?? "0") || undefined;

  let query = supabase
    .from("leaderboard_public")
    .select("display_name, rating, games_played")
    .order("rating", { ascending: false })
    .limit(50);

  if (season) query = query.eq("season", season);

  const { data, error } = await query;
  if (error) return NextResponse.json({ error: "unavailable" }, { status: 503 });
  return NextResponse.json(data);
}
