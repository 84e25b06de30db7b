const express = require("express");
const Order = require("../models/Order");
const requireUser = require("../middleware/requireUser");

const router = express.Router();

router.get("/:id", requireUser, async (req, res) => {
  const order = await Order.findById(req.params.id).populate("items.product");
  if (!order) return res.status(404).json({ error: "Order not found" });
  res.json(order);
});

router.get("/", requireUser, async (req, res) => {
  const orders = await Order.find({ customer: req.user.id }).sort({ createdAt: -1 });
  res.json(orders);
});

module.exports = router;
