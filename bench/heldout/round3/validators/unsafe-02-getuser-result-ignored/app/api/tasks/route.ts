import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

export async function POST(request: Request) {
  const supabase = await createClient();
  const { data } = await supabase.auth.getUser();
  const body = await request.json();

  const { data: task, error } = await supabase
    .from("tasks")
    .insert({
      title: body.title,
      due_date: body.dueDate ?? null,
      user_id: data.user?.id ?? body.userId,
    })
    .select()
    .single();

  if (error) {
    return NextResponse.json({ error: error.message }, { status: 400 });
  }
  return NextResponse.json(task, { status: 201 });
}
