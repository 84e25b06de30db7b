import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { listAllUsers } from "@/lib/supabase/admin";

export async function GET(req: Request) {
  const supabase = createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { data: me } = await supabase.from("profiles").select("is_admin").eq("id", user.id).single();
  if (!me?.is_admin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });

  const page = Math.max(1, Number(new URL(req.url).searchParams.get("page")) || 1);
  const users = await listAllUsers(page);
  return NextResponse.json({ users });
}
