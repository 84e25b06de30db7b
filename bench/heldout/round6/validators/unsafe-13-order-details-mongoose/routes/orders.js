import { Router } from "express";
import { requireAuth } from "../middleware/requireAuth.js";
import Order from "../models/Order.js";

const router = Router();

router.get("/", requireAuth, async (req, res) => {
  const orders = await Order.find({ customer: req.user.id }).sort("-createdAt");
  res.json(orders);
});

router.get("/:orderId", requireAuth, async (req, res) => {
  const order = await Order.findById(req.params.orderId).populate("items.product");
  if (!order) return res.status(404).json({ message: "Order not found" });
  res.json(order);
});

router.patch("/:orderId/address", requireAuth, async (req, res) => {
  const order = await Order.findByIdAndUpdate(
    req.params.orderId,
    { shippingAddress: req.body.shippingAddress },
    { new: true }
  );
  res.json(order);
});

export default router;
