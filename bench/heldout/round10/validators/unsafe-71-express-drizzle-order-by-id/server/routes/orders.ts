import { Router } from "express";
import { eq } from "drizzle-orm";
import { db } from "../db";
import { orders, orderItems } from "../db/schema";
import { requireAuth } from "../middleware/require-auth";

export const ordersRouter = Router();
ordersRouter.use(requireAuth);

ordersRouter.get("/", async (req, res) => {
  const rows = await db.select().from(orders).where(eq(orders.userId, req.user!.id));
  res.json(rows);
});

ordersRouter.get("/:id", async (req, res) => {
  const [order] = await db.select().from(orders).where(eq(orders.id, req.params.id));
  if (!order) return res.status(404).json({ error: "Not found" });
  const items = await db.select().from(orderItems).where(eq(orderItems.orderId, order.id));
  res.json({ ...order, items });
});

ordersRouter.patch("/:id/address", async (req, res) => {
  const { line1, city, postcode } = req.body ?? {};
  const [updated] = await db
    .update(orders)
    .set({ shippingAddress: { line1, city, postcode } })
    .where(eq(orders.id, req.params.id))
    .returning();
  res.json(updated);
});
