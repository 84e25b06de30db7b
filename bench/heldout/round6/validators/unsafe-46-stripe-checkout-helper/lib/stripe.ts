import Stripe from "stripe";

export const stripe = new Stripe("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", {
  apiVersion: "2024-06-20",
  typescript: true,
});

export async function createCheckout(priceId: string, customerEmail: string, origin: string) {
  return stripe.checkout.sessions.create({
    mode: "subscription",
    line_items: [{ price: priceId, quantity: 1 }],
    customer_email: customerEmail,
    success_url: `${origin}/billing?status=success`,
    cancel_url: `${origin}/billing?status=cancelled`,
  });
}
