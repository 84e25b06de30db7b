import { notFound } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export const revalidate = 60;

export default async function BlogPostPage({ params }: { params: { slug: string } }) {
  const supabase = createClient();
  const { data: post } = await supabase
    .from("posts")
    .select("title, content, published_at, author:profiles(full_name)")
    .eq("slug", params.slug)
    .eq("published", true)
    .single();

  if (!post) notFound();

  return (
    <article className="prose lg:prose-xl mx-auto py-12">
      <h1>{post.title}</h1>
      <p className="text-sm text-muted-foreground">
        {post.author?.full_name} · {new Date(post.published_at).toLocaleDateString()}
      </p>
      <div dangerouslySetInnerHTML={{ __html: post.content }} />
    </article>
  );
}
