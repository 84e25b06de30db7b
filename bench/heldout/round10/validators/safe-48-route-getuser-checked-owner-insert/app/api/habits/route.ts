import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

const Habit = z.object({
  name: z.string().trim().min(1).max(60),
  targetPerWeek: z.number().int().min(1).max(7),
});

export async function POST(req: Request) {
  const supabase = createClient();
  const {
    data: { user },
    error: authError,
  } = await supabase.auth.getUser();
  if (authError || !user) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }

  const parsed = Habit.safeParse(await req.json());
  if (!parsed.success) {
    return NextResponse.json({ error: "Invalid habit" }, { status: 400 });
  }

  const { data, error } = await supabase
    .from("habits")
    .insert({ name: parsed.data.name, target_per_week: parsed.data.targetPerWeek, user_id: user.id })
    .select()
    .single();
  if (error) return NextResponse.json({ error: "Could not save" }, { status: 500 });
  return NextResponse.json(data, { status: 201 });
}
