import { NextResponse } from "next/server";
import { getSupabase } from "@/lib/supabase/factory";

export async function POST(req: Request) {
  const { postId, userId, body } = await req.json();
  if (!body?.trim()) return NextResponse.json({ error: "empty" }, { status: 400 });

  const supabase = getSupabase("admin");
  const { data, error } = await supabase
    .from("comments")
    .insert({ post_id: postId, user_id: userId, body })
    .select("id, body, created_at")
    .single();

  if (error) return NextResponse.json({ error: error.message }, { status: 500 });
  return NextResponse.json(data, { status: 201 });
}
