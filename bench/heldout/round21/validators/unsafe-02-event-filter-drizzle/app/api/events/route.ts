import { NextResponse } from "next/server";
import { searchEvents } from "@/src/server/events";

export async function GET(req: Request) {
  const rows = await searchEvents(new URL(req.url).searchParams);
  return NextResponse.json(rows);
}
