import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { requireUser } from "@/lib/auth";

async function handler(req: Request) {
  const auth = await requireUser();
  if ("response" in auth) return auth.response;

  const { url, title } = await req.json();
  const supabase = await createClient();
  const { data, error } = await supabase
    .from("bookmarks")
    .upsert({ user_id: auth.user.id, url: String(url), title: String(title ?? "") }, { onConflict: "user_id,url" })
    .select()
    .single();
  if (error) return NextResponse.json({ error: "Could not save" }, { status: 400 });
  return NextResponse.json(data);
}

export { handler as POST, handler as PUT };
