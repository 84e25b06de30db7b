import { Router } from "express";
import { Order } from "../models/Order";
import { authenticate } from "../middleware/authenticate";

export const orders = Router();

orders.get("/mine", authenticate, async (req, res) => {
  res.json(await Order.find({ userId: req.user!.id }).sort({ createdAt: -1 }));
});

orders.get("/:id", authenticate, async (req, res) => {
  const order = await Order.findById(req.params.id).populate("items.product");
  if (!order) return res.status(404).json({ error: "Not found" });
  res.json(order);
});

orders.post("/:id/cancel", authenticate, async (req, res) => {
  const order = await Order.findByIdAndUpdate(req.params.id, { status: "cancelled" }, { new: true });
  res.json(order);
});
