import { NextRequest, NextResponse } from "next/server";

export async function GET(req: NextRequest) {
  const city = req.nextUrl.searchParams.get("city");
  if (!city || city.length > 80) return NextResponse.json({ error: "city required" }, { status: 400 });

  const key = process.env.OPENWEATHER_API_KEY;
  if (!key) return NextResponse.json({ error: "not configured" }, { status: 500 });

  const upstream = new URL("https://api.openweathermap.org/data/2.5/weather");
  upstream.search = new URLSearchParams({ q: city, units: "metric", appid: key }).toString();

  const res = await fetch(upstream, { next: { revalidate: 600 } });
  if (!res.ok) return NextResponse.json({ error: "upstream error" }, { status: 502 });
  const data = await res.json();
  return NextResponse.json({ temp: data.main?.temp, description: data.weather?.[0]?.description });
}
