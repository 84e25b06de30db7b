import { NextRequest, NextResponse } from "next/server";
import { createClient } from "@/utils/supabase/server";

type Params = { params: Promise<{ id: string }> };

export async function PATCH(req: NextRequest, { params }: Params) {
  const { id } = await params;
  const supabase = await createClient();
  const body = await req.json();

  if (body.archive) {
    const {
      data: { user },
    } = await supabase.auth.getUser();
    if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    await supabase.from("cards").update({ archived_at: new Date().toISOString() }).eq("id", id);
    return NextResponse.json({ archived: true });
  }

  const { error } = await supabase
    .from("cards")
    .update({ column_id: body.columnId, position: body.position })
    .eq("id", id);
  if (error) return NextResponse.json({ error: error.message }, { status: 500 });
  return NextResponse.json({ moved: true });
}
