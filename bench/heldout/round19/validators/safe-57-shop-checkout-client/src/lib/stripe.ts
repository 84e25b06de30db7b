import { loadStripe, type Stripe } from "@stripe/stripe-js";

let stripePromise: Promise<Stripe | null> | undefined;

export function getStripe() {
  stripePromise ??= loadStripe("pk_live_51BX7D80MxPYdAJxjp6FzHCNDA84ucHmXmHHqEhnn1InX5nYinke4YMUIy1pP8acIxhP2l1mjcmmHWEIX6EKIUnkEJGq4o5zcPB");
  return stripePromise;
}
