import { NextResponse } from "next/server";
import { query } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth";

export async function GET() {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const vehicles = await query(
    "SELECT id, plate, last_lat, last_lng, last_seen_at FROM vehicles WHERE company_id = $1",
    [user.companyId]
  );
  return NextResponse.json(vehicles);
}
