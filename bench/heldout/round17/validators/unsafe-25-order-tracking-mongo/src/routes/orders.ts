import { Router } from "express";
import { Order } from "../models/Order";
import { requireUser } from "../middleware/auth";

export const orders = Router();

orders.get("/:orderId", requireUser, async (req, res) => {
  const order = await Order.findById(req.params.orderId).populate("items.product").lean();
  if (!order) return res.status(404).json({ error: "Order not found" });
  res.json({
    id: order._id,
    status: order.status,
    shippingAddress: order.shippingAddress,
    email: order.email,
    items: order.items,
  });
});
