import { NextResponse, type NextRequest } from "next/server";

export async function GET(req: NextRequest) {
  const city = req.nextUrl.searchParams.get("city");
  if (!city || city.length > 80) {
    return NextResponse.json({ error: "city required" }, { status: 400 });
  }

  const upstream = new URL("https://api.openweathermap.org/data/2.5/weather");
  upstream.searchParams.set("q", city);
  upstream.searchParams.set("units", "metric");
  upstream.searchParams.set("appid", process.env.OPENWEATHER_API_KEY!);

  const res = await fetch(upstream, { next: { revalidate: 600 } });
  if (!res.ok) return NextResponse.json({ error: "upstream error" }, { status: 502 });
  const json = await res.json();
  return NextResponse.json({ temp: json.main.temp, description: json.weather[0].description });
}
