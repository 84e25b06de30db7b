import { notFound } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export default async function PostPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const supabase = await createClient();
  const { data: post } = await supabase
    .from("posts")
    .select("title, content_html, published_at")
    .eq("slug", slug)
    .eq("published", true)
    .single();
  if (!post) notFound();

  return (
    <article className="prose mx-auto">
      <h1>{post.title}</h1>
      <div dangerouslySetInnerHTML={{ __html: post.content_html }} />
    </article>
  );
}
