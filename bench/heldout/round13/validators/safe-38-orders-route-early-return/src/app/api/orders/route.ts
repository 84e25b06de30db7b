import { NextResponse, type NextRequest } from "next/server";
import { createClient } from "@/utils/supabase/server";

export async function POST(req: NextRequest) {
  const supabase = await createClient();
  const { data: auth, error: authError } = await supabase.auth.getUser();

  if (authError || !auth?.user) {
    return new NextResponse(null, { status: 401 });
  }

  const { items } = (await req.json()) as { items: { productId: string; qty: number }[] };
  if (!Array.isArray(items) || items.length === 0) {
    return NextResponse.json({ error: "Cart is empty" }, { status: 400 });
  }

  const { data, error } = await supabase.rpc("place_order", {
    p_items: items.map((i) => ({ product_id: i.productId, qty: Math.max(1, Math.floor(i.qty)) })),
  });

  if (error) return NextResponse.json({ error: "Could not place order" }, { status: 400 });
  return NextResponse.json({ orderId: data }, { status: 201 });
}
