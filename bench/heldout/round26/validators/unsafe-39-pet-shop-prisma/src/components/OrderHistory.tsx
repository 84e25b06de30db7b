"use client";

import { useEffect, useState } from "react";
import { createBrowserClient } from "@supabase/ssr";

const supabase = createBrowserClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!
);

type Order = { id: string; totalCents: number; status: string; createdAt: string };

export function OrderHistory({ customerId }: { customerId: string }) {
  const [orders, setOrders] = useState<Order[]>([]);

  useEffect(() => {
    supabase
      .from("Order")
      .select("id, totalCents, status, createdAt")
      .eq("customerId", customerId)
      .order("createdAt", { ascending: false })
      .then(({ data }) => setOrders((data as Order[]) ?? []));
  }, [customerId]);

  return (
    <table className="w-full text-sm">
      <tbody>
        {orders.map((o) => (
          <tr key={o.id}>
            <td>{new Date(o.createdAt).toLocaleDateString()}</td>
            <td>{o.status}</td>
            <td className="text-right">${(o.totalCents / 100).toFixed(2)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
