import { NextRequest, NextResponse } from "next/server";
import { createClient } from "@/utils/supabase/server";
import { createAdminClient } from "@/utils/supabase/admin";

export async function GET(request: NextRequest) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();

  if (!user) {
    return NextResponse.json({ error: "Not authenticated" }, { status: 401 });
  }

  const documentId = request.nextUrl.searchParams.get("id");
  if (!documentId) {
    return NextResponse.json({ error: "Missing id" }, { status: 400 });
  }

  // Use admin client so shared documents load even when policies are strict
  const admin = createAdminClient();
  const { data, error } = await admin
    .from("documents")
    .select("id, title, content, owner_id, created_at")
    .eq("id", documentId)
    .single();

  if (error) {
    return NextResponse.json({ error: error.message }, { status: 404 });
  }

  return NextResponse.json({ document: data });
}
