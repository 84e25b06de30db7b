import { NextResponse } from "next/server";
import { supabaseAdmin } from "@/lib/supabase/admin";

export async function PATCH(req: Request) {
  const body = await req.json();
  const { id, ...changes } = body as { id: string; [key: string]: unknown };

  const { data, error } = await supabaseAdmin
    .from("profiles")
    .update(changes)
    .eq("id", id)
    .select()
    .single();

  if (error) {
    return NextResponse.json({ error: error.message }, { status: 400 });
  }
  return NextResponse.json(data);
}
