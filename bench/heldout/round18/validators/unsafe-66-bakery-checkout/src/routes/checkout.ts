import { Router } from "express";
import Stripe from "stripe";
import { config } from "../config";
import { requireAuth } from "../middleware/requireAuth";
import { priceCart } from "../cart";

const stripe = new Stripe(config.stripe.secretKey);
export const checkout = Router();

checkout.post("/checkout", requireAuth, async (req, res) => {
  const lines = await priceCart(req.user!.id);
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: lines.map((l) => ({ price_data: { currency: config.currency, unit_amount: l.unitCents, product_data: { name: l.name } }, quantity: l.qty })),
    success_url: `${config.appUrl}/orders?session={CHECKOUT_SESSION_ID}`,
    cancel_url: `${config.appUrl}/cart`,
  });
  res.json({ url: session.url });
});
