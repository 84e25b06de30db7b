import { NextRequest, NextResponse } from "next/server";
import { pool } from "@/lib/db";

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q")?.trim() ?? "";
  if (q.length < 2) return NextResponse.json([]);

  const escaped = q.replace(/[\\%_]/g, (ch) => `\\${ch}`);
  const { rows } = await pool.query(
    `SELECT id, title, price_cents, image_url
       FROM listings
      WHERE sold = false AND title ILIKE $1
      ORDER BY created_at DESC
      LIMIT 30`,
    [`%${escaped}%`]
  );
  return NextResponse.json(rows);
}
