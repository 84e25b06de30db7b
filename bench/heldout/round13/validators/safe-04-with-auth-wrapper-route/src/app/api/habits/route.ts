import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";

export const POST = withAuth(async (req, { user, supabase }) => {
  const { title, targetPerWeek } = await req.json();
  if (typeof title !== "string" || !title.trim()) {
    return NextResponse.json({ error: "title required" }, { status: 400 });
  }
  const { data, error } = await supabase
    .from("habits")
    .insert({ title: title.trim(), target_per_week: Number(targetPerWeek) || 7, user_id: user.id })
    .select()
    .single();
  if (error) return NextResponse.json({ error: "Could not save habit" }, { status: 500 });
  return NextResponse.json(data, { status: 201 });
});
