import { NextResponse } from "next/server";
import { db, isNonEmpty } from "@/lib/server";

export async function POST(
  req: Request,
  { params }: { params: Promise<{ postId: string }> }
) {
  const { postId } = await params;
  const { body, authorId } = await req.json();
  if (!isNonEmpty(body)) {
    return NextResponse.json({ error: "Empty comment" }, { status: 400 });
  }

  const { data, error } = await db
    .from("comments")
    .insert({ post_id: postId, body, author_id: authorId })
    .select()
    .single();

  if (error) return NextResponse.json({ error: error.message }, { status: 500 });
  return NextResponse.json(data, { status: 201 });
}
