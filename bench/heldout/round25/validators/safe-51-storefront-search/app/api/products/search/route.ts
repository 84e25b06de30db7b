import { NextRequest, NextResponse } from "next/server";
import { pool } from "@/lib/db";

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const category = req.nextUrl.searchParams.get("category");

  const params: unknown[] = [`%${q}%`];
  let text = "SELECT id, name, price_cents FROM products WHERE name ILIKE $1";
  if (category) {
    params.push(category);
    text += ` AND category = $${params.length}`;
  }
  text += " ORDER BY name LIMIT 50";

  const { rows } = await pool.query(text, params);
  return NextResponse.json(rows);
}
