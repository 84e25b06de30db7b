import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth";

export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { supabase, user } = await requireUser();
  const { id } = await params;
  const { name } = await req.json();

  const { data, error } = await supabase
    .from("projects")
    .update({ name })
    .eq("id", id)
    .eq("owner_id", user.id)
    .select()
    .single();

  if (error) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return NextResponse.json(data);
}

export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { supabase, user } = await requireUser();
  const { id } = await params;
  await supabase.from("projects").delete().eq("id", id).eq("owner_id", user.id);
  return new NextResponse(null, { status: 204 });
}
