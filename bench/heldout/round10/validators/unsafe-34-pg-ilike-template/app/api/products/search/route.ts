import { NextRequest, NextResponse } from "next/server";
import { pool } from "@/lib/db";

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q")?.trim() ?? "";
  const category = req.nextUrl.searchParams.get("category");
  const page = Math.max(1, Number(req.nextUrl.searchParams.get("page")) || 1);

  let sql = `SELECT id, name, price_cents, image_url FROM products WHERE published = true`;
  if (q) {
    sql += ` AND (name ILIKE '%${q}%' OR description ILIKE '%${q}%')`;
  }
  const params: unknown[] = [];
  if (category) {
    params.push(category);
    sql += ` AND category = $${params.length}`;
  }
  sql += ` ORDER BY created_at DESC LIMIT 24 OFFSET ${(page - 1) * 24}`;

  try {
    const { rows } = await pool.query(sql, params);
    return NextResponse.json({ products: rows, page });
  } catch (err) {
    console.error(err);
    return NextResponse.json({ error: "Search failed" }, { status: 500 });
  }
}
