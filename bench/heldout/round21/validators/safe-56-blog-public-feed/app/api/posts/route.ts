import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

export const revalidate = 60;

export async function GET(req: Request) {
  const { searchParams } = new URL(req.url);
  const page = Math.max(1, Number(searchParams.get("page") ?? 1));
  const supabase = await createClient();
  const { data, error } = await supabase
    .from("posts")
    .select("id, slug, title, excerpt, published_at")
    .eq("published", true)
    .order("published_at", { ascending: false })
    .range((page - 1) * 10, page * 10 - 1);
  if (error) return NextResponse.json({ error: "Could not load posts" }, { status: 500 });
  return NextResponse.json(data);
}
