"use client";

import { Elements } from "@stripe/react-stripe-js";
import { loadStripe } from "@stripe/stripe-js";
import type { ReactNode } from "react";

const stripePromise = loadStripe("pk_live_51MIuJFl9ytjkf6Ssmry5EeiISB5GVhKzFCMKVfgCjRg3G9YEFPbYoSbMckjTyjZghZS12KA7vscKgn6Ri5fRlxmAApMxzy4MwB");

export function StripeProvider({ clientSecret, children }: { clientSecret: string; children: ReactNode }) {
  return (
    <Elements stripe={stripePromise} options={{ clientSecret, appearance: { theme: "stripe" } }}>
      {children}
    </Elements>
  );
}
