import { NextResponse } from "next/server";
import { supabaseFor } from "@/lib/supabase/factory";

export async function GET(req: Request) {
  const q = new URL(req.url).searchParams.get("q") ?? "";
  const db = supabaseFor("admin");
  const { data, error } = await db
    .from("profiles")
    .select("id, full_name, email, phone, city")
    .ilike("full_name", `%${q}%`)
    .limit(50);
  if (error) return NextResponse.json({ error: error.message }, { status: 500 });
  return NextResponse.json(data);
}
