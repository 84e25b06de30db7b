import { NextRequest, NextResponse } from "next/server";
import { pool } from "@/lib/pg";

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q")?.trim() ?? "";
  const category = req.nextUrl.searchParams.get("category");

  let query = `SELECT id, name, price_cents, image_url FROM products WHERE name ILIKE '%${q}%'`;
  if (category) {
    query += ` AND category = '${category}'`;
  }
  query += " ORDER BY name LIMIT 50";

  const { rows } = await pool.query(query);
  return NextResponse.json({ results: rows });
}
