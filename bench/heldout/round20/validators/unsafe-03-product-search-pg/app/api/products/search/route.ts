import { NextResponse, type NextRequest } from "next/server";
import { pool } from "@/lib/pg";

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const category = req.nextUrl.searchParams.get("category");
  let text = `SELECT id, name, price_cents, image_url FROM products WHERE active = true AND name ILIKE '%${q}%'`;
  if (category) text += ` AND category = '${category}'`;
  const { rows } = await pool.query(text + " ORDER BY name LIMIT 50");
  return NextResponse.json(rows);
}
