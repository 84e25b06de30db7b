import Stripe from "stripe";

export const stripe = new Stripe("sk_live_51PqR7sKb3TqW2xYzlNlmSbabggNSW4VNEFX6Ng3MSUcpSAKAbsYQT6LN8RVItCmzwMkPYZrqhl8isf00aBcDeFgH", {
  apiVersion: "2024-06-20",
  typescript: true,
});

export async function createCheckout(priceId: string, customerEmail: string) {
  return stripe.checkout.sessions.create({
    mode: "subscription",
    line_items: [{ price: priceId, quantity: 1 }],
    customer_email: customerEmail,
    success_url: `${process.env.NEXT_PUBLIC_SITE_URL}/billing?success=1`,
    cancel_url: `${process.env.NEXT_PUBLIC_SITE_URL}/billing`,
  });
}
