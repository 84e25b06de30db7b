import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

export const revalidate = 300;

export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const page = Math.max(1, Number(searchParams.get("page") ?? 1));
  const pageSize = 10;

  const supabase = await createClient();
  const { data, count, error } = await supabase
    .from("posts")
    .select("id, slug, title, excerpt, published_at", { count: "exact" })
    .eq("published", true)
    .order("published_at", { ascending: false })
    .range((page - 1) * pageSize, page * pageSize - 1);

  if (error) {
    return NextResponse.json({ error: "Could not load posts" }, { status: 500 });
  }

  return NextResponse.json({ posts: data, total: count, page });
}
