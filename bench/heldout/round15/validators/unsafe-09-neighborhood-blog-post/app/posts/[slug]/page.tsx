import { notFound } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { PostBody } from "@/components/post-body";

export default async function PostPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const supabase = await createClient();
  const { data: post } = await supabase
    .from("posts")
    .select("id, title, content, published_at, author:profiles(name)")
    .eq("slug", slug)
    .single();
  if (!post) notFound();
  return <PostBody post={post as never} />;
}
