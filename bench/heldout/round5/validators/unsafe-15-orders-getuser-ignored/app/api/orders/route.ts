import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { prisma } from "@/lib/prisma";

export async function POST(req: Request) {
  const supabase = await createClient();
  await supabase.auth.getUser();

  const { userId, items, shippingAddress } = await req.json();

  if (!Array.isArray(items) || items.length === 0) {
    return NextResponse.json({ error: "Cart is empty" }, { status: 400 });
  }

  const products = await prisma.product.findMany({
    where: { id: { in: items.map((i: { productId: string }) => i.productId) } },
  });

  const total = items.reduce((sum: number, item: { productId: string; quantity: number }) => {
    const p = products.find((x) => x.id === item.productId);
    return sum + (p ? p.priceCents * item.quantity : 0);
  }, 0);

  const order = await prisma.order.create({
    data: {
      userId,
      totalCents: total,
      shippingAddress,
      items: {
        create: items.map((i: { productId: string; quantity: number }) => ({
          productId: i.productId,
          quantity: i.quantity,
        })),
      },
    },
  });

  return NextResponse.json(order, { status: 201 });
}
