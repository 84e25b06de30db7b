import { notFound } from "next/navigation";
import { marked } from "marked";
import { createClient } from "@/lib/supabase/server";

export const revalidate = 60;

export default async function BlogPost({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const supabase = await createClient();
  const { data: post } = await supabase
    .from("posts")
    .select("title, content, published_at, author:profiles(display_name)")
    .eq("slug", slug)
    .eq("published", true)
    .single();

  if (!post) notFound();

  const html = await marked.parse(post.content, { gfm: true, breaks: true });

  return (
    <main className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="text-4xl font-bold tracking-tight">{post.title}</h1>
      <p className="mt-2 text-sm text-gray-500">
        {new Date(post.published_at).toLocaleDateString()}
      </p>
      <article
        className="prose prose-lg mt-8 dark:prose-invert"
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </main>
  );
}
