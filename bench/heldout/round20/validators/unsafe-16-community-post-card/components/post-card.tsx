import Link from "next/link";

type Post = { id: string; title: string; content: string; author: { name: string } };

export function PostCard({ post }: { post: Post }) {
  return (
    <article className="rounded-lg border p-4">
      <Link href={`/posts/${post.id}`} className="text-lg font-semibold">
        {post.title}
      </Link>
      <p className="text-xs text-muted-foreground">by {post.author.name}</p>
      <div className="prose mt-2" dangerouslySetInnerHTML={{ __html: post.content }} />
    </article>
  );
}
