import { loadStripe } from "@stripe/stripe-js";

export const stripePromise = loadStripe(
  "pk_live_51A3NIncQ92rDg5TXPGKlsTdB8A978xZwfkl9cbQHmOfEAN27CaxxWthzWsIjadwa7XLeMKrjo4Wg67dCX4LRkDzaPT2GZxq8n1"
);
