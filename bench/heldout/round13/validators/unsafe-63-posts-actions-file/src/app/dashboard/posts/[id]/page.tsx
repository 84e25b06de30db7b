import { notFound } from "next/navigation";
import { prisma } from "@/lib/prisma";
import { auth } from "@/auth";
import { publishPost, deletePost } from "../actions";

export default async function EditPost({ params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  const { id } = await params;
  const post = await prisma.post.findFirst({ where: { id, authorId: session?.user?.id } });
  if (!post) notFound();

  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{post.title}</h1>
      <form action={publishPost.bind(null, post.id)}>
        <button className="btn">Publish</button>
      </form>
      <form action={deletePost.bind(null, post.id)}>
        <button className="btn btn-danger">Delete</button>
      </form>
    </div>
  );
}
