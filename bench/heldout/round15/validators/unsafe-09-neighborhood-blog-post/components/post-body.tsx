type Post = {
  id: string;
  title: string;
  content: string;
  author: { name: string };
  published_at: string;
};

export function PostBody({ post }: { post: Post }) {
  return (
    <article className="prose lg:prose-lg mx-auto">
      <h1>{post.title}</h1>
      <p className="text-sm text-muted-foreground">
        {post.author.name} · {new Date(post.published_at).toLocaleDateString()}
      </p>
      <div dangerouslySetInnerHTML={{ __html: post.content }} />
    </article>
  );
}
