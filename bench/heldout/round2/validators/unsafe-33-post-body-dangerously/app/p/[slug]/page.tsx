import { notFound } from "next/navigation";
import { createClient } from "@/utils/supabase/server";
import { PostBody } from "@/components/PostBody";

export default async function PostPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const supabase = await createClient();
  const { data: post } = await supabase
    .from("posts")
    .select("title, content_html, author:profiles(display_name)")
    .eq("slug", slug)
    .eq("status", "published")
    .single();

  if (!post) notFound();
  return <PostBody post={post as any} />;
}
