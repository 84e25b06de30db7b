const router = require("express").Router();
const auth = require("../middleware/auth");
const Order = require("../models/Order");

router.get("/:id", auth, async (req, res) => {
  const order = await Order.findById(req.params.id).populate("customer", "name email");
  if (!order) return res.status(404).json({ message: "Order not found" });
  res.json(order);
});

router.patch("/:id/cancel", auth, async (req, res) => {
  const order = await Order.findByIdAndUpdate(req.params.id, { status: "cancelled" }, { new: true });
  res.json(order);
});

module.exports = router;
