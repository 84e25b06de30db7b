import { NextRequest, NextResponse } from "next/server";
import { createClient } from "@/utils/supabase/server";

export async function POST(request: NextRequest, { params }: { params: { habitId: string } }) {
  const supabase = createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();

  const body = await request.json();

  const { data, error } = await supabase
    .from("habit_checkins")
    .insert({
      habit_id: params.habitId,
      user_id: body.userId,
      checked_on: body.date ?? new Date().toISOString().slice(0, 10),
      note: body.note,
    })
    .select()
    .single();

  if (error) {
    return NextResponse.json({ error: error.message }, { status: 500 });
  }

  return NextResponse.json({ checkin: data });
}
