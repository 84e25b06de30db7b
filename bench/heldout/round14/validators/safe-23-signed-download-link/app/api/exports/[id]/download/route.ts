import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

export async function GET(_req: Request, { params }: { params: { id: string } }) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Sign in" }, { status: 401 });

  const { data: row } = await supabase
    .from("exports")
    .select("path")
    .eq("id", params.id)
    .eq("user_id", user.id)
    .maybeSingle();
  if (!row) return NextResponse.json({ error: "Not found" }, { status: 404 });

  const { data, error } = await supabase.storage.from("exports").createSignedUrl(row.path, 60);
  if (error) return NextResponse.json({ error: "Try again" }, { status: 500 });
  return NextResponse.redirect(data.signedUrl);
}
