import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import { auth } from "@/auth";
import { db } from "@/db";
import { posts } from "@/db/schema";

export default async function EditPost({ params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user) redirect("/login");
  const { id } = await params;
  const post = await db.query.posts.findFirst({ where: eq(posts.id, id) });

  async function publish(formData: FormData) {
    "use server";
    const postId = String(formData.get("id"));
    await db.update(posts).set({ published: true, publishedAt: new Date() }).where(eq(posts.id, postId));
    revalidatePath("/blog");
  }

  return (
    <form action={publish}>
      <input type="hidden" name="id" value={id} />
      <h1>{post?.title}</h1>
      <button type="submit">Publish</button>
    </form>
  );
}
