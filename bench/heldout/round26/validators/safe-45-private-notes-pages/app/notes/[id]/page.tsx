import { notFound, redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export default async function NotePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/login");

  const { data: note } = await supabase
    .from("notes")
    .select("id, title, content, updated_at")
    .eq("id", id)
    .maybeSingle();
  if (!note) notFound();

  return (
    <article className="prose mx-auto py-10">
      <h1>{note.title}</h1>
      <p className="whitespace-pre-wrap">{note.content}</p>
    </article>
  );
}
