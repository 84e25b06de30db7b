import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { articles } from "@/db/schema";

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [article] = await db.select().from(articles).where(eq(articles.id, id));

  async function publish(formData: FormData) {
    "use server";
    const articleId = String(formData.get("id"));
    await db.update(articles).set({ status: "published", publishedAt: new Date() }).where(eq(articles.id, articleId));
    revalidatePath(`/articles/${articleId}`);
  }

  return (
    <main>
      <h1>{article?.title}</h1>
      <form action={publish}>
        <input type="hidden" name="id" value={id} />
        <button type="submit">Publish</button>
      </form>
    </main>
  );
}
