import { NextRequest, NextResponse } from "next/server";
import { pool } from "@/lib/db";

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q")?.trim() ?? "";
  const category = req.nextUrl.searchParams.get("category");
  if (q.length < 2) return NextResponse.json([]);

  let sql = `SELECT id, title, price_cents, image_url FROM listings WHERE sold = false AND title ILIKE '%${q}%'`;
  const params: string[] = [];
  if (category) {
    params.push(category);
    sql += ` AND category = $${params.length}`;
  }
  sql += " ORDER BY created_at DESC LIMIT 30";

  const { rows } = await pool.query(sql, params);
  return NextResponse.json(rows);
}
