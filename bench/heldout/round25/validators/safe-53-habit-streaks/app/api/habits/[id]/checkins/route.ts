import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/require-user";

export async function POST(
  _req: Request,
  { params }: { params: Promise<{ id: string }> }
) {
  const { id } = await params;
  const { supabase, user } = await requireUser();

  const { data: habit } = await supabase
    .from("habits")
    .select("id")
    .eq("id", id)
    .eq("user_id", user.id)
    .maybeSingle();
  if (!habit) return NextResponse.json({ error: "Not found" }, { status: 404 });

  const { error } = await supabase
    .from("habit_checkins")
    .insert({ habit_id: habit.id, user_id: user.id, day: new Date().toISOString().slice(0, 10) });
  if (error) return NextResponse.json({ error: error.message }, { status: 500 });
  return NextResponse.json({ ok: true }, { status: 201 });
}
