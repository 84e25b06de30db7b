const express = require("express");
const Stripe = require("stripe");
const Member = require("../models/Member");

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const router = express.Router();

router.post("/webhooks/stripe", express.raw({ type: "application/json" }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers["stripe-signature"], process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    console.error("Webhook signature verification failed:", err.message);
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }

  if (event.type === "invoice.paid") {
    const invoice = event.data.object;
    await Member.updateOne({ stripeCustomerId: invoice.customer }, { activeUntil: new Date(invoice.period_end * 1000) });
  }
  res.json({ received: true });
});

module.exports = router;
