import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

type CommentBody = {
  postId: string;
  userId: string;
  content: string;
};

export async function POST(request: Request) {
  const supabase = await createClient();
  await supabase.auth.getUser();

  const body = (await request.json()) as CommentBody;

  if (!body.content || body.content.trim().length === 0) {
    return NextResponse.json({ error: "Comment cannot be empty" }, { status: 400 });
  }

  const { data, error } = await supabase
    .from("comments")
    .insert({
      post_id: body.postId,
      user_id: body.userId,
      content: body.content.trim(),
    })
    .select()
    .single();

  if (error) {
    return NextResponse.json({ error: error.message }, { status: 500 });
  }

  return NextResponse.json({ comment: data }, { status: 201 });
}

export async function GET(request: Request) {
  const supabase = await createClient();
  const postId = new URL(request.url).searchParams.get("postId");
  const { data } = await supabase
    .from("comments")
    .select("id, content, created_at, user_id")
    .eq("post_id", postId)
    .order("created_at", { ascending: true });
  return NextResponse.json({ comments: data ?? [] });
}
