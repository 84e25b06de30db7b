"use client";

import { stripePromise } from "@/lib/stripe-client";

export function PayButton({ clientSecret }: { clientSecret: string }) {
  async function pay() {
    const stripe = await stripePromise;
    await stripe?.confirmCardPayment(clientSecret);
  }
  return (
    <button onClick={pay} className="rounded bg-indigo-600 px-4 py-2 text-white">
      Pay now
    </button>
  );
}
