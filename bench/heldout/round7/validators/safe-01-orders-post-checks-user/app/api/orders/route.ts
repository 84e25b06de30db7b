import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

export async function POST(request: Request) {
  const supabase = await createClient();
  const {
    data: { user },
    error: authError,
  } = await supabase.auth.getUser();

  if (authError || !user) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }

  const { items } = (await request.json()) as { items: { productId: string; qty: number }[] };
  if (!Array.isArray(items) || items.length === 0) {
    return NextResponse.json({ error: "Cart is empty" }, { status: 400 });
  }

  const { data: products, error } = await supabase
    .from("products")
    .select("id, price_cents")
    .in("id", items.map((i) => i.productId));
  if (error) return NextResponse.json({ error: "Could not load products" }, { status: 500 });

  const total = items.reduce((sum, item) => {
    const p = products.find((x) => x.id === item.productId);
    return sum + (p ? p.price_cents * Math.max(1, Math.min(99, item.qty)) : 0);
  }, 0);

  const { data: order, error: insertError } = await supabase
    .from("orders")
    .insert({ user_id: user.id, total_cents: total, status: "pending" })
    .select()
    .single();

  if (insertError) {
    return NextResponse.json({ error: "Could not create order" }, { status: 500 });
  }
  return NextResponse.json(order, { status: 201 });
}
