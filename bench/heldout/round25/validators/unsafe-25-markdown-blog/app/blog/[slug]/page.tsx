import { notFound } from "next/navigation";
import { marked } from "marked";
import { createClient } from "@/lib/supabase/server";

export default async function PostPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const supabase = await createClient();
  const { data: post } = await supabase
    .from("posts")
    .select("title, body_md, published_at")
    .eq("slug", slug)
    .eq("published", true)
    .single();

  if (!post) notFound();
  const html = await marked.parse(post.body_md);

  return (
    <article className="prose mx-auto py-12">
      <h1>{post.title}</h1>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
}
