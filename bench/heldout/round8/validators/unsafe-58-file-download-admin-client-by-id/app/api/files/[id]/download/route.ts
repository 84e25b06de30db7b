import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";

export async function GET(
  _req: Request,
  { params }: { params: Promise<{ id: string }> }
) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { id } = await params;
  const { data: file } = await supabaseAdmin
    .from("files")
    .select("storage_path, name")
    .eq("id", id)
    .single();
  if (!file) return NextResponse.json({ error: "Not found" }, { status: 404 });

  const { data: signed } = await supabaseAdmin.storage
    .from("uploads")
    .createSignedUrl(file.storage_path, 60);

  return NextResponse.redirect(signed!.signedUrl);
}
