import { notFound } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export default async function NotePage({ params }: { params: { id: string } }) {
  const supabase = await createClient();
  const { data: note } = await supabase.from("notes").select("id, title, body").eq("id", params.id).maybeSingle();
  if (!note) notFound();
  return (
    <article>
      <h1>{note.title}</h1>
      <p className="whitespace-pre-wrap">{note.body}</p>
    </article>
  );
}
