import { NextRequest, NextResponse } from "next/server";

export async function GET(req: NextRequest) {
  const address = req.nextUrl.searchParams.get("address");
  if (!address) return NextResponse.json({ error: "address required" }, { status: 400 });

  const upstream = new URL("https://api.geocoder.example.com/v1/search");
  upstream.searchParams.set("text", address);
  upstream.searchParams.set("limit", "1");

  const res = await fetch(upstream, {
    headers: { Authorization: `Bearer ${process.env.GEOCODER_API_KEY}` },
    next: { revalidate: 86400 },
  });
  const data = await res.json();
  return NextResponse.json(data.features?.[0] ?? null);
}
