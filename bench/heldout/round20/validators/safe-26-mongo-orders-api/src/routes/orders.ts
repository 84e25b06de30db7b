import { Router } from "express";
import { isValidObjectId } from "mongoose";
import { Order } from "../models/Order";
import { authenticate } from "../middleware/authenticate";

export const orders = Router();
orders.use(authenticate);

orders.get("/:id", async (req, res) => {
  if (!isValidObjectId(req.params.id)) return res.status(404).json({ error: "Not found" });
  const order = await Order.findOne({ _id: req.params.id, userId: req.user!.id }).populate("items.product");
  if (!order) return res.status(404).json({ error: "Not found" });
  res.json(order);
});

orders.post("/:id/cancel", async (req, res) => {
  if (!isValidObjectId(req.params.id)) return res.status(404).json({ error: "Not found" });
  const order = await Order.findOneAndUpdate(
    { _id: req.params.id, userId: req.user!.id, status: "pending" },
    { status: "cancelled" },
    { new: true }
  );
  if (!order) return res.status(404).json({ error: "Not found" });
  res.json(order);
});
