import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin as admin } from "@/lib/supabase/admin";

export async function GET(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const id = new URL(req.url).searchParams.get("id")!;
  const { data: contract } = await admin.from("contracts").select("file_path").eq("id", id).single();
  if (!contract) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const { data } = await admin.storage.from("contracts").createSignedUrl(contract.file_path, 60);
  return NextResponse.json({ url: data?.signedUrl });
}
