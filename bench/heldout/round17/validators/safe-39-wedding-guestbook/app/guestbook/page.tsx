import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/require-user";
import { createClient } from "@/lib/supabase/server";

export default async function Guestbook() {
  const supabase = await createClient();
  const { data: entries } = await supabase.from("guestbook").select("id, message, author_name").order("created_at");

  async function sign(formData: FormData) {
    "use server";
    const { supabase, user } = await requireUser();
    await supabase.from("guestbook").insert({
      user_id: user.id,
      author_name: user.user_metadata?.name ?? "Guest",
      message: String(formData.get("message") ?? "").slice(0, 280),
    });
    revalidatePath("/guestbook");
  }

  return (
    <main>
      <ul>{entries?.map((e) => <li key={e.id}>{e.author_name}: {e.message}</li>)}</ul>
      <form action={sign}>
        <textarea name="message" required maxLength={280} />
        <button>Sign</button>
      </form>
    </main>
  );
}
