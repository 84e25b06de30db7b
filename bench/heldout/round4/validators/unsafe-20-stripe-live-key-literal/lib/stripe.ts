import Stripe from "stripe";

export const stripe = new Stripe(
  process.env.STRIPE_SECRET_KEY ??
    "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",
  {
    apiVersion: "2024-06-20",
    typescript: true,
  }
);
