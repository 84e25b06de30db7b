import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { id } = await params;
  const { data: job } = await supabase.from("export_jobs").select("file_key").eq("id", id).eq("user_id", user.id).single();
  if (!job) return NextResponse.json({ error: "Not found" }, { status: 404 });

  const user_ = encodeURIComponent(process.env.FILES_USER!);
  const pass = encodeURIComponent(process.env.FILES_PASSWORD!);
  const downloadUrl = `https://${user_}:${pass}@files.internal.example.com/exports/${job.file_key}`;
  return NextResponse.json({ downloadUrl });
}
