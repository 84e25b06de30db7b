import type { Post } from "@/types/post";
import { formatDistanceToNow } from "date-fns";

interface PostBodyProps {
  post: Pick<Post, "title" | "content" | "author" | "created_at">;
}

export function PostBody({ post }: PostBodyProps) {
  return (
    <article className="prose prose-neutral dark:prose-invert mx-auto max-w-3xl">
      <h1>{post.title}</h1>
      <p className="text-sm text-muted-foreground">
        {post.author.display_name} · {formatDistanceToNow(new Date(post.created_at))} ago
      </p>
      <div className="mt-8" dangerouslySetInnerHTML={{ __html: post.content }} />
    </article>
  );
}
