import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";

export async function POST(req: Request) {
  const { postId, userId, body } = (await req.json()) as {
    postId: string;
    userId: string;
    body: string;
  };

  if (!body || body.length > 2000) {
    return NextResponse.json({ error: "Comment must be 1-2000 characters" }, { status: 400 });
  }

  const db = getDb();
  const { data, error } = await db
    .from("comments")
    .insert({ post_id: postId, user_id: userId, body })
    .select()
    .single();

  if (error) return NextResponse.json({ error: error.message }, { status: 500 });
  return NextResponse.json(data, { status: 201 });
}
