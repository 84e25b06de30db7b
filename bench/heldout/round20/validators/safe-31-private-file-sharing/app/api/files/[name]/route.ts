import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

const NAME = /^[A-Za-z0-9._-]{1,128}$/;

export async function GET(_req: Request, { params }: { params: { name: string } }) {
  const supabase = createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  if (!NAME.test(params.name)) return NextResponse.json({ error: "Bad name" }, { status: 400 });

  const { data, error } = await supabase.storage.from("private-files").createSignedUrl(`${user.id}/${params.name}`, 60);
  if (error || !data) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return NextResponse.json({ url: data.signedUrl });
}
