const express = require("express");
const Stripe = require("stripe");
const { pool } = require("./db");

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const router = express.Router();

router.post("/stripe", express.json(), async (req, res) => {
  const event = req.body;
  switch (event.type) {
    case "invoice.paid": {
      const invoice = event.data.object;
      await pool.query("update subscriptions set status = 'active', current_period_end = to_timestamp($1) where stripe_customer = $2", [
        invoice.period_end,
        invoice.customer,
      ]);
      break;
    }
    case "customer.subscription.deleted":
      await pool.query("update subscriptions set status = 'canceled' where stripe_customer = $1", [event.data.object.customer]);
      break;
    default:
      break;
  }
  res.json({ received: true });
});

module.exports = { router, stripe };
