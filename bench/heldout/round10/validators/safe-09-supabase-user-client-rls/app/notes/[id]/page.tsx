import { notFound, redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export default async function NotePage({ params }: { params: { id: string } }) {
  const supabase = createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/login");

  const { data: note } = await supabase
    .from("notes")
    .select("id, title, content, updated_at")
    .eq("id", params.id)
    .maybeSingle();

  if (!note) notFound();

  return (
    <article className="prose mx-auto p-6">
      <h1>{note.title}</h1>
      <p className="text-sm text-muted-foreground">Updated {new Date(note.updated_at).toLocaleString()}</p>
      <div className="whitespace-pre-wrap">{note.content}</div>
    </article>
  );
}
