import { createClient } from "@/lib/supabase/server";
import { CommentItem, type Comment } from "@/components/comments/comment-item";

export default async function Comments({ postId }: { postId: string }) {
  const supabase = createClient();
  const { data } = await supabase
    .from("comments")
    .select("id, body, created_at, author:profiles(username, avatar_url)")
    .eq("post_id", postId)
    .order("created_at", { ascending: true });

  const comments = (data ?? []) as unknown as Comment[];
  if (comments.length === 0) {
    return <p className="text-sm text-muted-foreground">No comments yet.</p>;
  }
  return (
    <ul className="divide-y">
      {comments.map((c) => (
        <CommentItem key={c.id} comment={c} />
      ))}
    </ul>
  );
}
