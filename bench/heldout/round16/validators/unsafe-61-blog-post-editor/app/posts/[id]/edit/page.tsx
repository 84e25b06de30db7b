import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/db";
import { posts } from "@/db/schema";
import { auth } from "@/auth";

export default async function EditPost({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await auth();
  if (!session?.user) redirect("/login");
  const [post] = await db.select().from(posts).where(eq(posts.id, id));
  if (!post || post.authorId !== session.user.id) redirect("/");

  async function publish(formData: FormData) {
    "use server";
    const postId = String(formData.get("postId"));
    await db.update(posts).set({ published: true, publishedAt: new Date() }).where(eq(posts.id, postId));
    revalidatePath(`/posts/${postId}`);
  }

  return (
    <form action={publish}>
      <input type="hidden" name="postId" value={post.id} />
      <h1>{post.title}</h1>
      <button type="submit">Publish</button>
    </form>
  );
}
