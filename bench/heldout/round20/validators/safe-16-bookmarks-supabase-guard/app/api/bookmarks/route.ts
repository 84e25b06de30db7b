import { NextResponse } from "next/server";
import { requireUser, UnauthorizedError } from "@/lib/auth-guard";

export async function POST(req: Request) {
  try {
    const { supabase, user } = await requireUser();
    const { url, title } = await req.json();
    const { data, error } = await supabase
      .from("bookmarks")
      .insert({ url, title, user_id: user.id })
      .select()
      .single();
    if (error) return NextResponse.json({ error: "Could not save" }, { status: 400 });
    return NextResponse.json(data, { status: 201 });
  } catch (e) {
    if (e instanceof UnauthorizedError) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    throw e;
  }
}
