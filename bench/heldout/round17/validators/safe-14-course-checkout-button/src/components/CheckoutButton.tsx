"use client";

import { loadStripe } from "@stripe/stripe-js";

const stripePromise = loadStripe("pk_live_51tw5Ebt0ykCWww2yrRdpDxxh4XWKms7Lkw9tem88hQVGO77q1doWy84yDyh14hlzvQAJXReJaH5PF5BfmcjVGVtetB0AY0YdCc");

export function CheckoutButton({ sessionId }: { sessionId: string }) {
  return (
    <button
      className="rounded bg-black px-4 py-2 text-white"
      onClick={async () => {
        const stripe = await stripePromise;
        await stripe?.redirectToCheckout({ sessionId });
      }}
    >
      Pay now
    </button>
  );
}
