"use client";

import { useState } from "react";

export function PriceForm({
  product,
  onSave,
}: {
  product: { id: string; name: string; price_cents: number };
  onSave: (id: string, cents: number) => Promise<void>;
}) {
  const [price, setPrice] = useState(product.price_cents / 100);
  return (
    <form
      action={async () => {
        await onSave(product.id, Math.round(price * 100));
      }}
    >
      <span>{product.name}</span>
      <input type="number" step="0.01" value={price} onChange={(e) => setPrice(Number(e.target.value))} />
      <button type="submit">Update</button>
    </form>
  );
}
