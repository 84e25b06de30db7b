import { notFound } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { PostBody } from "@/components/blog/post-body";

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const supabase = await createClient();
  const { data: post } = await supabase
    .from("posts")
    .select("title, content, created_at, author:profiles(display_name)")
    .eq("slug", slug)
    .single();
  if (!post) notFound();
  return <PostBody post={post as any} />;
}
