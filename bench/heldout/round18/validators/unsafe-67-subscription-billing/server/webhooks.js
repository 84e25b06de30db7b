const express = require("express");
const Stripe = require("stripe");
const { db } = require("./db");

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const router = express.Router();

router.post("/stripe", express.json(), async (req, res) => {
  const event = req.body;
  if (event.type === "invoice.paid") {
    const invoice = event.data.object;
    const sub = await stripe.subscriptions.retrieve(invoice.subscription);
    await db.query("update accounts set plan = $1, paid_until = to_timestamp($2) where stripe_customer = $3", [
      sub.items.data[0].price.lookup_key,
      sub.current_period_end,
      invoice.customer,
    ]);
  }
  res.json({ received: true });
});

module.exports = router;
