import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

export async function POST(
  req: Request,
  { params }: { params: Promise<{ habitId: string }> }
) {
  const { habitId } = await params;
  const supabase = await createClient();
  const {
    data: { user },
    error: authError,
  } = await supabase.auth.getUser();

  if (authError || !user) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }

  const { note } = await req.json().catch(() => ({ note: null }));

  const { data, error } = await supabase
    .from("habit_checkins")
    .insert({ habit_id: habitId, user_id: user.id, note, checked_on: new Date().toISOString().slice(0, 10) })
    .select()
    .single();

  if (error) return NextResponse.json({ error: "Could not save" }, { status: 400 });
  return NextResponse.json(data, { status: 201 });
}
