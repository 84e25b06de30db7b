import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

export async function PUT(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });

  const { theme, weekStartsOn } = await req.json();
  const { error } = await supabase
    .from("preferences")
    .upsert({ user_id: user.id, theme, week_starts_on: weekStartsOn });
  if (error) return NextResponse.json({ error: "save failed" }, { status: 400 });
  return NextResponse.json({ ok: true });
}
