import { loadStripe, type Stripe } from "@stripe/stripe-js";

let stripePromise: Promise<Stripe | null> | undefined;

export function getStripe() {
  if (!stripePromise) {
    stripePromise = loadStripe("pk_live_51HUQZMQEPoTmafbbqryzTIYaEr4pTqIuZ302fWNbjzC3nDlpgxavVj1mjH91aIF1PrGowBdbGcXNotSg3QksWAEvXQd1Pnnl4");
  }
  return stripePromise;
}
