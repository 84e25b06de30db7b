import { getPostBySlug } from "@/lib/posts";
import { renderPost } from "@/lib/render-post";

export default async function BlogPost({ params }: { params: { slug: string } }) {
  const post = await getPostBySlug(params.slug);
  const safeHtml = renderPost(post.body);
  return (
    <article className="prose">
      <h1>{post.title}</h1>
      <div dangerouslySetInnerHTML={{ __html: safeHtml }} />
    </article>
  );
}
