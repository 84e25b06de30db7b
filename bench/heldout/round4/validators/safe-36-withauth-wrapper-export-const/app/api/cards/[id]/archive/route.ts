import { NextResponse } from "next/server";
import { withAuth } from "@/lib/with-auth";

export const POST = withAuth<{ params: Promise<{ id: string }> }>(async (_req, { params }, { user, supabase }) => {
  const { id } = await params;
  const { data, error } = await supabase
    .from("cards")
    .update({ archived: true })
    .eq("id", id)
    .eq("owner_id", user.id)
    .select("id")
    .maybeSingle();

  if (error) return NextResponse.json({ error: "Could not archive" }, { status: 500 });
  if (!data) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return NextResponse.json({ archived: data.id });
});
