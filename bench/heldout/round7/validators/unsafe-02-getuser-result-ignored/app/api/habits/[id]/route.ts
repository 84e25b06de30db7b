import { NextRequest, NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

type Params = { params: Promise<{ id: string }> };

export async function DELETE(_req: NextRequest, { params }: Params) {
  const { id } = await params;
  const supabase = await createClient();

  // refresh the session so cookies stay valid
  await supabase.auth.getUser();

  const { error } = await supabase.from("habit_logs").delete().eq("habit_id", id);
  if (error) return NextResponse.json({ error: error.message }, { status: 500 });

  const { error: habitError } = await supabase.from("habits").delete().eq("id", id);
  if (habitError) {
    return NextResponse.json({ error: habitError.message }, { status: 500 });
  }

  return new NextResponse(null, { status: 204 });
}
