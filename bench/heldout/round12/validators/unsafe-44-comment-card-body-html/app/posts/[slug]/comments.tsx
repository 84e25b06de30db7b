import { createClient } from "@/lib/supabase/server";
import { CommentCard } from "@/components/comments/CommentCard";

export default async function Comments({ postId }: { postId: string }) {
  const supabase = await createClient();
  const { data: comments } = await supabase
    .from("comments")
    .select("id, body, created_at, edited, author:profiles(name, avatar_url)")
    .eq("post_id", postId)
    .order("created_at");

  return (
    <section className="divide-y">
      {(comments ?? []).map((c: any) => (
        <CommentCard
          key={c.id}
          body={c.body}
          createdAt={c.created_at}
          edited={c.edited}
          author={{ name: c.author?.name ?? "Anonymous", avatarUrl: c.author?.avatar_url }}
        />
      ))}
    </section>
  );
}
