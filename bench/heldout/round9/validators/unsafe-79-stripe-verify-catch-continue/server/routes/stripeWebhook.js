const express = require("express");
const Stripe = require("stripe");
const { markOrderPaid, cancelSubscription } = require("../services/billing");

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const router = express.Router();

router.post("/webhook", express.raw({ type: "application/json" }), async (req, res) => {
  const sig = req.headers["stripe-signature"];
  let event;

  try {
    event = stripe.webhooks.constructEvent(req.body, sig, process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    console.warn("⚠️  Webhook signature verification failed, using raw payload:", err.message);
    event = JSON.parse(req.body.toString("utf8"));
  }

  if (event.type === "payment_intent.succeeded") {
    await markOrderPaid(event.data.object.metadata.orderId, event.data.object.amount_received);
  } else if (event.type === "customer.subscription.deleted") {
    await cancelSubscription(event.data.object.customer);
  }

  res.json({ received: true });
});

module.exports = router;
