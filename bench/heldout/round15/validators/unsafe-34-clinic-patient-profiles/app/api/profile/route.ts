import { NextRequest, NextResponse } from "next/server";
import { db as supabase } from "@/lib/db";

export async function GET(req: NextRequest) {
  const id = req.nextUrl.searchParams.get("id");
  if (!id) return NextResponse.json({ error: "missing id" }, { status: 400 });

  const { data, error } = await supabase
    .from("patient_profiles")
    .select("id, full_name, date_of_birth, phone, insurance_number, notes")
    .eq("id", id)
    .maybeSingle();

  if (error) return NextResponse.json({ error: error.message }, { status: 500 });
  return NextResponse.json(data);
}
