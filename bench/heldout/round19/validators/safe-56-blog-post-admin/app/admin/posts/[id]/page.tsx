import { eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { posts, users } from "@/db/schema";
import { getCurrentUser } from "@/lib/session";

export default async function AdminPostPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getCurrentUser();
  if (viewer?.role !== "admin") notFound();
  const [post] = await db.select().from(posts).where(eq(posts.id, id));

  async function publish() {
    "use server";
    const me = await getCurrentUser();
    if (!me) throw new Error("Unauthorized");
    const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, me.id));
    if (row?.role !== "admin") throw new Error("Forbidden");
    await db.update(posts).set({ published: true, publishedAt: new Date() }).where(eq(posts.id, id));
    revalidatePath("/blog");
  }

  return (
    <main className="p-6">
      <h1 className="text-2xl">{post?.title}</h1>
      <form action={publish}>
        <button className="btn">Publish</button>
      </form>
    </main>
  );
}
