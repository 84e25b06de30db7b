import { NextResponse } from "next/server";
import { pool } from "@/lib/db";
import { auth } from "@/auth";

export async function GET() {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { rows } = await pool.query(
    "select id, blend, grind, every_weeks, next_ship_on from subscriptions where customer_id = $1",
    [session.user.id]
  );
  return NextResponse.json(rows);
}
