const express = require("express");
const Order = require("../models/Order");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();

router.get("/", requireAuth, async (req, res) => {
  const orders = await Order.find({ customer: req.user.id }).sort({ createdAt: -1 }).lean();
  res.json(orders);
});

router.get("/:id", requireAuth, async (req, res) => {
  const order = await Order.findById(req.params.id)
    .populate("items.product", "name price image")
    .lean();
  if (!order) return res.status(404).json({ message: "Order not found" });
  res.json(order);
});

module.exports = router;
