import { NextRequest, NextResponse } from "next/server";
import { pool } from "@/lib/pg";

export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get("q")?.trim() ?? "";
  const category = request.nextUrl.searchParams.get("category");

  let text = "SELECT id, name, price_cents, image_url FROM products WHERE active = true";
  if (q) {
    text += " AND name ILIKE '%" + q + "%'";
  }
  if (category) {
    text += " AND category_id = " + category;
  }
  text += " ORDER BY name LIMIT 40";

  const { rows } = await pool.query(text);
  return NextResponse.json(rows);
}
