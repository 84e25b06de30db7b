import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { events } from "@/db/schema";

export default async function EventPage({ params }: { params: { id: string } }) {
  const [event] = await db.select().from(events).where(eq(events.id, params.id));

  async function publish(formData: FormData) {
    "use server";
    const id = String(formData.get("id"));
    await db.update(events).set({ status: "published", publishedAt: new Date() }).where(eq(events.id, id));
    revalidatePath(`/events/${id}`);
  }

  return (
    <main>
      <h1>{event.title}</h1>
      <p>{event.status}</p>
      <form action={publish}>
        <input type="hidden" name="id" value={event.id} />
        <button type="submit">Publish</button>
      </form>
    </main>
  );
}
