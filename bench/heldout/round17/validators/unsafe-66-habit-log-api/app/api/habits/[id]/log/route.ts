import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const supabase = await createClient();
  const { data } = await supabase.auth.getUser();
  const { note } = await req.json();

  const { error } = await supabase
    .from("habit_logs")
    .insert({ habit_id: id, note, logged_on: new Date().toISOString().slice(0, 10) });

  if (error) return NextResponse.json({ error: error.message }, { status: 400 });
  return NextResponse.json({ ok: true, by: data.user?.email ?? null });
}
