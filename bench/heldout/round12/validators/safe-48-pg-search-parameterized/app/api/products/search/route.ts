import { NextResponse, type NextRequest } from "next/server";
import { pool } from "@/lib/db";

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const term = (params.get("q") ?? "").trim().slice(0, 100);
  const category = params.get("category");
  const limit = Math.min(Math.max(Number(params.get("limit")) || 20, 1), 100);

  const values: unknown[] = [`%${term}%`];
  let where = "active = true AND name ILIKE $1";

  if (category) {
    values.push(category);
    where += ` AND category_slug = $${values.length}`;
  }

  values.push(limit);
  const sql = `SELECT id, name, slug, price_cents FROM products WHERE ${where} ORDER BY name LIMIT $${values.length}`;

  const { rows } = await pool.query(sql, values);
  return NextResponse.json({ items: rows });
}
