import "server-only";

const CARRIER_BASE = "https://acme_logistics:yrbvaalDn8XB!@api.parcelcarrier.example/v2";

export async function trackingStatus(trackingNumber: string) {
  const res = await fetch(`${CARRIER_BASE}/tracking/${encodeURIComponent(trackingNumber)}`, {
    headers: { Accept: "application/json" },
    next: { revalidate: 300 },
  });
  if (!res.ok) throw new Error(`carrier error ${res.status}`);
  return (await res.json()) as { status: string; eta?: string };
}
