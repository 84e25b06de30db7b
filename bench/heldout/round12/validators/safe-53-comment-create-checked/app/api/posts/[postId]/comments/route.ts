import { NextResponse, type NextRequest } from "next/server";
import { createClient } from "@/utils/supabase/server";

export const POST = async (
  req: NextRequest,
  { params }: { params: Promise<{ postId: string }> }
) => {
  const supabase = await createClient();
  const {
    data: { user },
    error: authError,
  } = await supabase.auth.getUser();

  if (authError || !user) {
    return NextResponse.json({ error: "Not signed in" }, { status: 401 });
  }

  const { postId } = await params;
  const { content } = (await req.json()) as { content?: string };
  const text = (content ?? "").trim();
  if (!text || text.length > 2000) {
    return NextResponse.json({ error: "Invalid comment" }, { status: 400 });
  }

  const { data, error } = await supabase
    .from("comments")
    .insert({ post_id: postId, user_id: user.id, content: text })
    .select("id, content, created_at")
    .single();

  if (error) {
    return NextResponse.json({ error: "Could not save comment" }, { status: 500 });
  }
  return NextResponse.json(data, { status: 201 });
};
