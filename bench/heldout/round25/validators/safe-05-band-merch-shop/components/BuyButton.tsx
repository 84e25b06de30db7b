"use client";

import { stripePromise } from "@/lib/stripe-client";

export function BuyButton({ item }: { item: string }) {
  async function buy() {
    const res = await fetch("/api/checkout", { method: "POST", body: JSON.stringify({ item }) });
    const { url } = await res.json();
    await stripePromise;
    window.location.assign(url);
  }
  return <button onClick={buy}>Buy now</button>;
}
