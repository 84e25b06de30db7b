import { notFound } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { PostBody } from "@/components/PostBody";

export default async function ThreadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const supabase = await createClient();
  const { data: post } = await supabase.from("forum_posts").select("title, body_html").eq("id", id).single();
  if (!post) notFound();
  return (
    <article className="mx-auto max-w-2xl py-10">
      <h1 className="text-2xl font-bold">{post.title}</h1>
      <PostBody html={post.body_html} />
    </article>
  );
}
