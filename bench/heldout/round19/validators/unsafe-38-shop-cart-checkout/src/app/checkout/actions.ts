"use server";

import { z } from "zod";
import { db } from "@/server/db";
import { redirect } from "next/navigation";

const Checkout = z.object({
  userId: z.string().uuid(),
  items: z.array(z.object({ productId: z.string().uuid(), qty: z.number().int().min(1), price: z.number() })),
});

export async function placeOrder(input: z.infer<typeof Checkout>) {
  const { userId, items } = Checkout.parse(input);
  const total = items.reduce((sum, i) => sum + i.qty * i.price, 0);

  const order = await db
    .insertInto("orders")
    .values({ user_id: userId, total_cents: Math.round(total * 100), status: "paid" })
    .returning("id")
    .executeTakeFirstOrThrow();

  await db
    .insertInto("order_items")
    .values(items.map((i) => ({ order_id: order.id, product_id: i.productId, qty: i.qty, price: i.price })))
    .execute();

  redirect(`/orders/${order.id}`);
}
