import { notFound } from "next/navigation";
import PostBody from "@/components/PostBody";
import { getPostBySlug } from "@/lib/posts";

export default async function BlogPost({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const post = await getPostBySlug(slug);
  if (!post) notFound();
  return (
    <main className="mx-auto max-w-3xl py-10">
      <h1>{post.title}</h1>
      <PostBody markdown={post.body_md} />
    </main>
  );
}
