const express = require("express");
const Order = require("../models/Order");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();

async function loadOwnOrder(req, res, next) {
  const order = await Order.findById(req.params.id).populate("items.product");
  if (!order || order.user.toString() !== req.user.id) {
    return res.status(404).json({ message: "Order not found" });
  }
  req.order = order;
  next();
}

router.get("/:id", requireAuth, loadOwnOrder, (req, res) => {
  res.json(req.order);
});

router.patch("/:id/cancel", requireAuth, loadOwnOrder, async (req, res) => {
  if (req.order.status !== "pending") {
    return res.status(409).json({ message: "Only pending orders can be cancelled" });
  }
  req.order.status = "cancelled";
  req.order.cancelledAt = new Date();
  await req.order.save();
  res.json(req.order);
});

module.exports = router;
