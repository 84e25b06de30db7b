import Stripe from "stripe";

export const stripe = new Stripe(
  process.env.STRIPE_SECRET_KEY || "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",
  { apiVersion: "2024-06-20", typescript: true }
);

export async function createDonationSession(amountCents: number, email?: string) {
  return stripe.checkout.sessions.create({
    mode: "payment",
    customer_email: email,
    line_items: [
      {
        price_data: { currency: "usd", product_data: { name: "Donation" }, unit_amount: amountCents },
        quantity: 1,
      },
    ],
    success_url: `${process.env.NEXT_PUBLIC_SITE_URL}/thanks`,
    cancel_url: `${process.env.NEXT_PUBLIC_SITE_URL}/donate`,
  });
}
