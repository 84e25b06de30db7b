"use client";

import { loadStripe } from "@stripe/stripe-js";
import { useState } from "react";

const stripePromise = loadStripe("pk_live_51jgIc898jCAvdUyuruKazDHqZMkrMlVOTVj2LBIUFyNZKCLvHbKt1B2qFwhfgjO44qEiVCCVvnsMRY0zHAsA4eRVlRSEuAHfrD");

export function CheckoutButton({ priceId }: { priceId: string }) {
  const [loading, setLoading] = useState(false);

  async function onClick() {
    setLoading(true);
    const res = await fetch("/api/checkout", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ priceId }),
    });
    const { sessionId } = await res.json();
    const stripe = await stripePromise;
    await stripe?.redirectToCheckout({ sessionId });
    setLoading(false);
  }

  return (
    <button onClick={onClick} disabled={loading} className="rounded bg-indigo-600 px-4 py-2 text-white">
      {loading ? "Redirecting…" : "Subscribe"}
    </button>
  );
}
