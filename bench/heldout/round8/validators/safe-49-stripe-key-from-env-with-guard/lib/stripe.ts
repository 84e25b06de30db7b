import "server-only";
import Stripe from "stripe";

const secretKey = process.env.STRIPE_SECRET_KEY;
if (!secretKey) {
  throw new Error("STRIPE_SECRET_KEY is not set (expected sk_test_... or sk_live_...)");
}

export const stripe = new Stripe(secretKey, { apiVersion: "2024-06-20" });
