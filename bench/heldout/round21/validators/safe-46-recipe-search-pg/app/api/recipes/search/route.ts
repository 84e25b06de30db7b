import { NextRequest, NextResponse } from "next/server";
import { pool } from "@/lib/db";

export async function GET(req: NextRequest) {
  const q = (req.nextUrl.searchParams.get("q") ?? "").slice(0, 80);
  const { rows } = await pool.query(
    "select id, title, cook_minutes from recipes where published and title ilike $1 order by title limit 50",
    [`%${q}%`],
  );
  return NextResponse.json(rows);
}
