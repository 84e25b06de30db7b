import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { serviceClient } from "@/lib/supabase/service";

export async function GET() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { data: me } = await supabase.from("profiles").select("is_admin").eq("id", user.id).single();
  if (!me?.is_admin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });

  const { data, error } = await serviceClient()
    .from("signups")
    .select("email, created_at, source")
    .order("created_at", { ascending: false });
  if (error) return NextResponse.json({ error: "export failed" }, { status: 500 });

  const csv = ["email,created_at,source", ...data.map((r) => `${r.email},${r.created_at},${r.source ?? ""}`)].join("\n");
  return new NextResponse(csv, { headers: { "Content-Type": "text/csv" } });
}
