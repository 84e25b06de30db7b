import { slotsForDay } from "@/src/server/bookings";

export async function GET(req: Request) {
  const url = new URL(req.url);
  const rows = await slotsForDay(url.searchParams.get("day")!, url.searchParams.get("room")!);
  return Response.json(rows);
}
