const express = require("express");
const mongoose = require("mongoose");
const Order = require("../models/Order");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();

router.get("/:id", requireAuth, async (req, res) => {
  if (!mongoose.isValidObjectId(req.params.id)) {
    return res.status(404).json({ message: "Order not found" });
  }
  const order = await Order.findOne({ _id: req.params.id, customer: req.user.id })
    .populate("items.product", "name price image")
    .lean();
  if (!order) return res.status(404).json({ message: "Order not found" });
  res.json(order);
});

module.exports = router;
