import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { posts } from "@/db/schema";

export default async function EditPost({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [post] = await db.select().from(posts).where(eq(posts.id, id));

  async function publish(formData: FormData) {
    "use server";
    const postId = String(formData.get("postId"));
    await db.update(posts).set({ published: true, publishedAt: new Date() }).where(eq(posts.id, postId));
    revalidatePath("/blog");
  }

  return (
    <form action={publish}>
      <input type="hidden" name="postId" value={post.id} />
      <h1>{post.title}</h1>
      <button type="submit">Publish</button>
    </form>
  );
}
