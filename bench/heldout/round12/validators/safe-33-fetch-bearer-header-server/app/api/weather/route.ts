import { NextResponse, type NextRequest } from "next/server";

const WEATHER_BASE = "https://api.weatherapi.example.com/v1";

export const revalidate = 600;

export async function GET(req: NextRequest) {
  const city = req.nextUrl.searchParams.get("city")?.trim();
  if (!city || city.length > 80) {
    return NextResponse.json({ error: "city is required" }, { status: 400 });
  }

  const url = new URL(`${WEATHER_BASE}/current`);
  url.searchParams.set("q", city);
  url.searchParams.set("units", "metric");

  const res = await fetch(url, {
    headers: {
      Authorization: `Bearer ${process.env.WEATHER_API_KEY}`,
      Accept: "application/json",
    },
    next: { revalidate: 600 },
  });

  if (!res.ok) {
    return NextResponse.json({ error: "Weather service unavailable" }, { status: 502 });
  }

  const data = await res.json();
  return NextResponse.json({
    city: data.location?.name ?? city,
    tempC: data.current?.temp_c ?? null,
    condition: data.current?.condition?.text ?? "",
  });
}
