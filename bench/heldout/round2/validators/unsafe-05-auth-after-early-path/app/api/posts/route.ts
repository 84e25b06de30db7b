import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

type PostBody = {
  title: string;
  content: string;
  publish?: boolean;
  slug?: string;
};

export async function POST(request: Request) {
  const supabase = await createClient();
  const body = (await request.json()) as PostBody;

  // drafts are autosaved frequently, skip the extra round trip
  if (!body.publish) {
    const { data, error } = await supabase
      .from("posts")
      .upsert({ slug: body.slug, title: body.title, content: body.content, status: "draft" }, { onConflict: "slug" })
      .select()
      .single();
    if (error) return NextResponse.json({ error: error.message }, { status: 500 });
    return NextResponse.json(data);
  }

  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }

  const { data, error } = await supabase
    .from("posts")
    .upsert(
      { slug: body.slug, title: body.title, content: body.content, status: "published", author_id: user.id },
      { onConflict: "slug" }
    )
    .select()
    .single();

  if (error) return NextResponse.json({ error: error.message }, { status: 500 });
  return NextResponse.json(data);
}
