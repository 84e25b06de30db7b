"use client";

import { loadStripe } from "@stripe/stripe-js";

// Publishable keys are safe to ship to the browser; the secret key stays on the server.
const stripePromise = loadStripe("pk_live_51PqR7sKb3TqW2xYzVfJa0QAjeBB9oTATdrdvbj11HSRUSPL4DvDgWjXlB8oQfJH5aGPsML7N00xyZ");

export function CheckoutButton({ priceId }: { priceId: string }) {
  async function go() {
    const res = await fetch("/api/checkout", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ priceId }),
    });
    const { sessionId } = await res.json();
    const stripe = await stripePromise;
    await stripe?.redirectToCheckout({ sessionId });
  }
  return <button onClick={go}>Subscribe</button>;
}
