import { notFound } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { PostBody } from "@/components/post-body";

export default async function PostPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const supabase = await createClient();
  const { data: post } = await supabase
    .from("posts")
    .select("title, body_md")
    .eq("slug", slug)
    .eq("published", true)
    .single();
  if (!post) notFound();
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-3xl font-bold">{post.title}</h1>
      <PostBody markdown={post.body_md} />
    </main>
  );
}
