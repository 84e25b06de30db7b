"use client";

import { cancelSubscription } from "@/lib/billing/actions";

export function CancelButton({ customerId }: { customerId: string }) {
  return (
    <form action={cancelSubscription}>
      <input type="hidden" name="customerId" value={customerId} />
      <button className="text-red-600">Cancel plan</button>
    </form>
  );
}
