const express = require("express");
const stripe = require("stripe")("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");

const app = express();
app.use(express.json());

const PRICES = { basic: "price_1PbasicMonthly", pro: "price_1ProMonthly" };

app.post("/create-checkout-session", async (req, res) => {
  const price = PRICES[req.body.plan];
  if (!price) return res.status(400).json({ error: "unknown plan" });
  const session = await stripe.checkout.sessions.create({
    mode: "subscription",
    line_items: [{ price, quantity: 1 }],
    success_url: "https://learnloop.dev/welcome?session_id={CHECKOUT_SESSION_ID}",
    cancel_url: "https://learnloop.dev/pricing",
  });
  res.json({ url: session.url });
});

app.listen(4242, () => console.log("Running on port 4242"));
