import { error, json } from "@sveltejs/kit";
import { and, eq } from "drizzle-orm";
import { db } from "$lib/server/db";
import { orders } from "$lib/server/db/schema";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = async ({ params, locals }) => {
  const [order] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.id, params.id), eq(orders.userId, locals.user!.id)));
  if (!order) throw error(404, "Order not found");
  return json(order);
};
