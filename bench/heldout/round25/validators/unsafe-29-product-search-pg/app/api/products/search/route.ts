import { NextRequest, NextResponse } from "next/server";
import { pool } from "@/lib/db";

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const category = req.nextUrl.searchParams.get("category");

  let sql = `SELECT id, name, price_cents, image_url FROM products WHERE name ILIKE '%${q}%'`;
  if (category) sql += ` AND category = '${category}'`;
  sql += " ORDER BY name LIMIT 50";

  const { rows } = await pool.query(sql);
  return NextResponse.json(rows);
}
