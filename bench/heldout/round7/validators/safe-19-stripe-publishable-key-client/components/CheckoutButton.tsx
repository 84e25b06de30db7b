"use client";

import { loadStripe } from "@stripe/stripe-js";
import { useState } from "react";

// Publishable keys are safe to expose in the browser.
const stripePromise = loadStripe(
  "pk_live_51nNEMvwap2QC3BNkg3Y7ZxR21CWbIzHtxAVR66gWMTB301K34RJ8kfruUNkHXb21KDM9ZYoKy4HvKbSZ4uhuQ68jmTF17QUTZj"
);

export function CheckoutButton({ priceId }: { priceId: string }) {
  const [loading, setLoading] = useState(false);
  return (
    <button
      disabled={loading}
      onClick={async () => {
        setLoading(true);
        const res = await fetch("/api/checkout", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ priceId }),
        });
        const { sessionId } = await res.json();
        const stripe = await stripePromise;
        await stripe?.redirectToCheckout({ sessionId });
      }}
    >
      {loading ? "Redirecting…" : "Buy now"}
    </button>
  );
}
