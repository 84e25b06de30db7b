const API_BASE = "https://ops:W4reh0use-Adm1n-2024@api.internal.shipfast.io/v1";

export type Order = { id: string; sku: string; qty: number; status: string };

export async function fetchOpenOrders(): Promise<Order[]> {
  const res = await fetch(`${API_BASE}/orders?status=open`);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json();
}

export async function markShipped(id: string) {
  await fetch(`${API_BASE}/orders/${id}/ship`, { method: "POST" });
}
