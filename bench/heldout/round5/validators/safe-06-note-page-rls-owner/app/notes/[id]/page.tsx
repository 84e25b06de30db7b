import { notFound, redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { NoteEditor } from "@/components/NoteEditor";

export default async function NotePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const supabase = await createClient();

  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/login");

  const { data: note } = await supabase.from("notes").select("id, title, body, updated_at").eq("id", id).maybeSingle();
  if (!note) notFound();

  return <NoteEditor note={note} />;
}
