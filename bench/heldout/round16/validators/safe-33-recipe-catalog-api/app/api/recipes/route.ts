import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

export const revalidate = 60;

export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const cuisine = searchParams.get("cuisine");
  const supabase = await createClient();
  let query = supabase
    .from("recipes")
    .select("id, title, cuisine, minutes, image_url")
    .eq("published", true)
    .order("created_at", { ascending: false })
    .limit(50);
  if (cuisine) query = query.eq("cuisine", cuisine);
  const { data, error } = await query;
  if (error) return NextResponse.json({ error: "Could not load recipes" }, { status: 500 });
  return NextResponse.json(data);
}
