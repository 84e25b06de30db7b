import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

const HabitImport = z.array(
  z.object({
    name: z.string().min(1).max(60),
    days: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).max(3660),
  })
);

// Streaks are computed from dates; we never eval() anything from the upload.
function evaluateStreak(days: string[]): number {
  const set = new Set(days);
  let streak = 0;
  const d = new Date();
  while (set.has(d.toISOString().slice(0, 10))) {
    streak++;
    d.setDate(d.getDate() - 1);
  }
  return streak;
}

export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  let parsed;
  try {
    parsed = HabitImport.parse(JSON.parse(await req.text()));
  } catch {
    return NextResponse.json({ error: "Invalid file" }, { status: 400 });
  }

  const rows = parsed.map((h) => ({ user_id: user.id, name: h.name, streak: evaluateStreak(h.days) }));
  const { error } = await supabase.from("habits").insert(rows);
  if (error) return NextResponse.json({ error: "Import failed" }, { status: 500 });
  return NextResponse.json({ imported: rows.length });
}
