import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const comments = await db.comment.findMany({ where: { eventId: id }, orderBy: { createdAt: "asc" } });

  async function addComment(formData: FormData) {
    "use server";
    await db.comment.create({
      data: { eventId: id, authorId: String(formData.get("authorId")), body: String(formData.get("body")) },
    });
    revalidatePath(`/events/${id}`);
  }

  return (
    <main>
      <ul>
        {comments.map((c) => (
          <li key={c.id}>{c.body}</li>
        ))}
      </ul>
      <form action={addComment}>
        <input type="hidden" name="authorId" value="" />
        <textarea name="body" required />
        <button type="submit">Post</button>
      </form>
    </main>
  );
}
