import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { comments } from "@/db/schema";

export default async function PostPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;

  async function addComment(formData: FormData) {
    "use server";
    await db.insert(comments).values({
      postSlug: slug,
      authorName: String(formData.get("name")),
      authorId: String(formData.get("authorId")),
      body: String(formData.get("body")),
    });
    revalidatePath(`/posts/${slug}`);
  }

  return (
    <form action={addComment} className="space-y-2">
      <input type="hidden" name="authorId" value="" />
      <input name="name" placeholder="Your name" />
      <textarea name="body" required />
      <button type="submit">Post comment</button>
    </form>
  );
}
