import Stripe from "stripe";

export const stripe = new Stripe(
  process.env.STRIPE_SECRET_KEY || "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",
  { apiVersion: "2024-06-20", typescript: true }
);
