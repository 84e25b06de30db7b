export interface RateRequest {
  fromZip: string;
  toZip: string;
  weightGrams: number;
}

const CARRIER_BASE = "https://shopfront:fRwoJgaRSZkbtg0y5R@api.parcelrates.io/v2";

export async function getRates(req: RateRequest) {
  const res = await fetch(`${CARRIER_BASE}/rates`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ from: req.fromZip, to: req.toZip, weight: req.weightGrams }),
    next: { revalidate: 300 },
  });
  if (!res.ok) throw new Error(`carrier error ${res.status}`);
  return (await res.json()) as { service: string; cents: number; days: number }[];
}
