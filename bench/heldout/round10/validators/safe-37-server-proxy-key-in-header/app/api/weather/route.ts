import { NextRequest, NextResponse } from "next/server";

export const revalidate = 600;

export async function GET(req: NextRequest) {
  const city = req.nextUrl.searchParams.get("city")?.slice(0, 80);
  if (!city) return NextResponse.json({ error: "city required" }, { status: 400 });

  const key = process.env.WEATHER_API_KEY;
  if (!key) return NextResponse.json({ error: "Weather not configured" }, { status: 503 });

  const url = new URL("https://api.weatherapi.com/v1/current.json");
  url.searchParams.set("q", city);

  const res = await fetch(url, {
    headers: { key, accept: "application/json" },
    next: { revalidate: 600 },
  });
  if (!res.ok) return NextResponse.json({ error: "Upstream error" }, { status: 502 });

  const data = await res.json();
  return NextResponse.json({
    tempC: data.current?.temp_c,
    condition: data.current?.condition?.text,
  });
}
