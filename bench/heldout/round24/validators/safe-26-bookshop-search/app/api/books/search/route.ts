import { NextRequest, NextResponse } from "next/server";
import { pool } from "@/lib/db";

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const limit = Math.min(Number(req.nextUrl.searchParams.get("limit") ?? 20) || 20, 50);
  const { rows } = await pool.query(
    "select id, title, author, price_cents from books where title ilike '%' || $1 || '%' order by title limit $2",
    [q, limit]
  );
  return NextResponse.json(rows);
}
