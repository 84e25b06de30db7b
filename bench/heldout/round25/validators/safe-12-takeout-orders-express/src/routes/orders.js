const router = require("express").Router();
const auth = require("../middleware/auth");
const Order = require("../models/Order");

router.get("/:id", auth, async (req, res) => {
  const order = await Order.findOne({ _id: req.params.id, customer: req.user.id });
  if (!order) return res.status(404).json({ message: "Order not found" });
  res.json(order);
});

router.patch("/:id/cancel", auth, async (req, res) => {
  const order = await Order.findOneAndUpdate(
    { _id: req.params.id, customer: req.user.id, status: "placed" },
    { status: "cancelled" },
    { new: true }
  );
  if (!order) return res.status(404).json({ message: "Order not found" });
  res.json(order);
});

module.exports = router;
