import { Router } from "express";
import { and, eq } from "drizzle-orm";
import { db } from "../db";
import { orders, orderItems } from "../db/schema";
import { requireAuth } from "../middleware/require-auth";

export const ordersRouter = Router();
ordersRouter.use(requireAuth);

function ownOrder(id: string, userId: string) {
  return and(eq(orders.id, id), eq(orders.userId, userId));
}

ordersRouter.get("/:id", async (req, res) => {
  const [order] = await db.select().from(orders).where(ownOrder(req.params.id, req.user!.id));
  if (!order) return res.status(404).json({ error: "Not found" });
  const items = await db.select().from(orderItems).where(eq(orderItems.orderId, order.id));
  res.json({ ...order, items });
});

ordersRouter.patch("/:id/address", async (req, res) => {
  const { line1, city, postcode } = req.body ?? {};
  const [updated] = await db
    .update(orders)
    .set({ shippingAddress: { line1: String(line1), city: String(city), postcode: String(postcode) } })
    .where(and(ownOrder(req.params.id, req.user!.id), eq(orders.status, "pending")))
    .returning();
  if (!updated) return res.status(404).json({ error: "Not found" });
  res.json(updated);
});
