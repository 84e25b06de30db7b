import { NextResponse } from "next/server";
import { createClient } from "@supabase/supabase-js";

export const revalidate = 60;

const supabase = createClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!
);

async function listPublished(req: Request) {
  const { searchParams } = new URL(req.url);
  const page = Math.max(1, Number(searchParams.get("page")) || 1);
  const size = 10;

  const { data, error } = await supabase
    .from("posts")
    .select("slug, title, excerpt, published_at")
    .eq("status", "published")
    .order("published_at", { ascending: false })
    .range((page - 1) * size, page * size - 1);

  if (error) return NextResponse.json({ error: "Failed to load posts" }, { status: 500 });
  return NextResponse.json({ posts: data, page });
}

export { listPublished as GET };
