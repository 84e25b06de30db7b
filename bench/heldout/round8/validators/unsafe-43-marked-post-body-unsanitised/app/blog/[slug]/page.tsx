import { marked } from "marked";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/prisma";

export default async function PostPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const post = await prisma.post.findUnique({
    where: { slug },
    include: { author: { select: { name: true } } },
  });
  if (!post) notFound();

  const html = await marked.parse(post.content, { gfm: true, breaks: true });

  return (
    <article className="prose mx-auto">
      <h1>{post.title}</h1>
      <p className="text-sm">by {post.author.name}</p>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
}
