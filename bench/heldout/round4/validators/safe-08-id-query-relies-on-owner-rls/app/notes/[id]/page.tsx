import { notFound, redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export default async function NotePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const supabase = await createClient();

  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect(`/login`);

  // RLS only returns rows owned by the current user
  const { data: note } = await supabase.from("notes").select("id, title, body, updated_at").eq("id", id).maybeSingle();
  if (!note) notFound();

  return (
    <article className="prose mx-auto py-8">
      <h1>{note.title}</h1>
      <p className="whitespace-pre-wrap">{note.body}</p>
    </article>
  );
}
