import { loadStripe, type Stripe } from "@stripe/stripe-js";

const STRIPE_PUBLISHABLE_KEY = "pk_live_51OEE8Itz5FzZKqrGP3CAO9f0m1nxflhMfYHju86O4UF67OPjJp6nLJeuWY0p9Gbke2VoNoQzZ9q5wejRSLI91R9grjSVCzniLE";

let stripePromise: Promise<Stripe | null> | undefined;

export function getStripe() {
  stripePromise ??= loadStripe(STRIPE_PUBLISHABLE_KEY);
  return stripePromise;
}
