import { NextResponse } from "next/server";
import { requireUser, UnauthorizedError } from "@/lib/auth";

export async function POST(req: Request) {
  try {
    const { supabase, user } = await requireUser();
    const { name, target_per_week } = await req.json();
    if (typeof name !== "string" || !name.trim()) {
      return NextResponse.json({ error: "Name is required" }, { status: 400 });
    }

    const { data, error } = await supabase
      .from("habits")
      .insert({ name: name.trim(), target_per_week: Number(target_per_week) || 7, user_id: user.id })
      .select()
      .single();

    if (error) return NextResponse.json({ error: "Could not save habit" }, { status: 500 });
    return NextResponse.json(data, { status: 201 });
  } catch (e) {
    if (e instanceof UnauthorizedError) {
      return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    }
    throw e;
  }
}
