import { NextResponse } from "next/server";
import { Redis } from "@upstash/redis";
import { loadTrailsGeoJson } from "@/lib/trails";

const redis = Redis.fromEnv();

export async function GET() {
  const cached = await redis.get("trails:geojson");
  if (cached) return NextResponse.json(cached);

  const geojson = await loadTrailsGeoJson();
  await redis.set("trails:geojson", geojson, { ex: 600 });
  return NextResponse.json(geojson);
}
