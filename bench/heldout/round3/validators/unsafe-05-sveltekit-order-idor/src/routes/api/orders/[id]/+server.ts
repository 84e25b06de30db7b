import { error, json } from "@sveltejs/kit";
import { eq } from "drizzle-orm";
import { db } from "$lib/server/db";
import { orders } from "$lib/server/db/schema";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = async ({ params, locals }) => {
  if (!locals.user) throw error(401, "Not signed in");

  const [order] = await db.select().from(orders).where(eq(orders.id, params.id));
  if (!order) throw error(404, "Order not found");

  return json(order);
};

export const PATCH: RequestHandler = async ({ params, locals, request }) => {
  if (!locals.user) throw error(401, "Not signed in");
  const { status } = await request.json();

  const [updated] = await db
    .update(orders)
    .set({ status })
    .where(eq(orders.id, params.id))
    .returning();

  return json(updated);
};
