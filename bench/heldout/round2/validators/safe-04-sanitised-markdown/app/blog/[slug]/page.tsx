import { notFound } from "next/navigation";
import { createClient } from "@/utils/supabase/server";
import Markdown from "@/components/Markdown";

export default async function BlogPost({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const supabase = await createClient();
  const { data: post } = await supabase
    .from("posts")
    .select("title, body_md, published_at")
    .eq("slug", slug)
    .not("published_at", "is", null)
    .maybeSingle();

  if (!post) notFound();

  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-3xl font-bold">{post.title}</h1>
      <Markdown source={post.body_md} />
    </main>
  );
}
