type Props = {
  post: {
    title: string;
    content_html: string;
    author: { display_name: string };
  };
};

export function PostBody({ post }: Props) {
  return (
    <article className="prose lg:prose-lg mx-auto">
      <h1>{post.title}</h1>
      <p className="text-sm text-gray-500">by {post.author.display_name}</p>
      <div dangerouslySetInnerHTML={{ __html: post.content_html }} />
    </article>
  );
}
