import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import { auth } from "@/auth";
import { db } from "@/db";
import { posts } from "@/db/schema";

export default async function AdminPosts() {
  const session = await auth();
  if (session?.user?.role !== "admin") redirect("/");

  const drafts = await db.select().from(posts).where(eq(posts.published, false));

  async function publish(formData: FormData) {
    "use server";
    const id = String(formData.get("id"));
    await db.update(posts).set({ published: true, publishedAt: new Date() }).where(eq(posts.id, id));
    revalidatePath("/admin/posts");
  }

  return (
    <ul>
      {drafts.map((d) => (
        <li key={d.id}>
          {d.title}
          <form action={publish}>
            <input type="hidden" name="id" value={d.id} />
            <button>Publish</button>
          </form>
        </li>
      ))}
    </ul>
  );
}
