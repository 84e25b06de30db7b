import { CommentList } from "@/components/CommentList";
import { createClient } from "@/lib/supabase/server";

export default async function PostPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const supabase = await createClient();
  const { data: post } = await supabase.from("posts").select("id, title").eq("slug", slug).single();
  const { data: comments } = await supabase
    .from("comments")
    .select("id, author_name, body_html, created_at")
    .eq("post_id", post?.id);

  return (
    <article>
      <h1>{post?.title}</h1>
      <CommentList comments={comments ?? []} />
    </article>
  );
}
