import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { posts } from "@/db/schema";
import { getCurrentUser } from "@/lib/session";

export default async function AdminPostPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  const [post] = await db.select().from(posts).where(eq(posts.id, id));

  async function publish(formData: FormData) {
    "use server";
    const postId = String(formData.get("postId"));
    await db.update(posts).set({ published: true, publishedAt: new Date() }).where(eq(posts.id, postId));
    revalidatePath("/blog");
  }

  return (
    <main className="p-6">
      <h1 className="text-2xl">{post?.title}</h1>
      {user?.role === "admin" && (
        <form action={publish}>
          <input type="hidden" name="postId" value={id} />
          <button className="btn">Publish</button>
        </form>
      )}
    </main>
  );
}
