import { NextRequest, NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

export const revalidate = 60;

// Public: anyone can browse the menu
export async function GET(req: NextRequest) {
  const supabase = await createClient();
  const category = req.nextUrl.searchParams.get("category");

  let q = supabase
    .from("products")
    .select("id, name, price_cents, image_url, category")
    .eq("is_published", true)
    .order("name");
  if (category) q = q.eq("category", category);

  const { data, error } = await q;
  if (error) return NextResponse.json({ error: "Failed to load" }, { status: 500 });
  return NextResponse.json(data);
}

export async function POST(req: NextRequest) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { data: profile } = await supabase
    .from("profiles")
    .select("is_admin")
    .eq("id", user.id)
    .single();
  if (!profile?.is_admin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });

  const body = await req.json();
  const { data, error } = await supabase
    .from("products")
    .insert({ name: body.name, price_cents: body.price_cents, category: body.category })
    .select()
    .single();
  if (error) return NextResponse.json({ error: "Insert failed" }, { status: 400 });
  return NextResponse.json(data, { status: 201 });
}
