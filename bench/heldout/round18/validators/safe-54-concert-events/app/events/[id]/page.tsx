import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const supabase = await createClient();
  const { data: comments } = await supabase.from("comments").select("id, body").eq("event_id", id).order("created_at");

  async function addComment(formData: FormData) {
    "use server";
    const sb = await createClient();
    const {
      data: { user },
    } = await sb.auth.getUser();
    if (!user) redirect(`/login?next=/events/${id}`);
    const body = String(formData.get("body") ?? "").slice(0, 2000);
    if (!body) return;
    await sb.from("comments").insert({ event_id: id, author_id: user.id, body });
    revalidatePath(`/events/${id}`);
  }

  return (
    <main>
      <ul>
        {(comments ?? []).map((c) => (
          <li key={c.id}>{c.body}</li>
        ))}
      </ul>
      <form action={addComment}>
        <textarea name="body" required maxLength={2000} />
        <button type="submit">Post</button>
      </form>
    </main>
  );
}
