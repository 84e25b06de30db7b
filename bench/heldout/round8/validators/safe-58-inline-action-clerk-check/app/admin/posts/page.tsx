import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { auth } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { posts } from "@/db/schema";

async function assertAdmin() {
  const { userId, sessionClaims } = await auth();
  if (!userId || (sessionClaims?.metadata as { role?: string } | undefined)?.role !== "admin") {
    throw new Error("Forbidden");
  }
  return userId;
}

export default async function AdminPosts() {
  try {
    await assertAdmin();
  } catch {
    redirect("/");
  }
  const drafts = await db.select().from(posts).where(eq(posts.published, false));

  async function publish(formData: FormData) {
    "use server";
    await assertAdmin();
    const id = String(formData.get("id"));
    await db.update(posts).set({ published: true }).where(eq(posts.id, id));
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
