import Comment from "@/components/Comment";
import { createClient } from "@/lib/supabase/server";

export default async function PostPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const supabase = await createClient();
  const { data: post } = await supabase.from("posts").select("id, title").eq("slug", slug).single();
  const { data: comments } = await supabase
    .from("comments")
    .select("id, author, body, createdAt:created_at")
    .eq("post_id", post?.id)
    .order("created_at");

  return (
    <main className="mx-auto max-w-2xl space-y-4 p-6">
      <h1 className="text-3xl font-bold">{post?.title}</h1>
      {comments?.map((c) => <Comment key={c.id} comment={c} />)}
    </main>
  );
}
