import { notFound } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { PostBody } from "@/components/PostBody";

export default async function PostPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const supabase = await createClient();
  const { data: post } = await supabase
    .from("posts")
    .select("title, content, author:profiles(username)")
    .eq("slug", slug)
    .eq("published", true)
    .single();

  if (!post) notFound();

  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-4xl font-bold">{post.title}</h1>
      <PostBody content={post.content} />
    </main>
  );
}
