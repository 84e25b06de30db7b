import { NextResponse, type NextRequest } from "next/server";
import { pool } from "@/lib/pg";

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const category = req.nextUrl.searchParams.get("category");
  const pattern = "%" + q.replace(/[\\%_]/g, (c) => "\\" + c) + "%";
  const { rows } = await pool.query(
    `SELECT id, name, price_cents, image_url FROM products
     WHERE active = true AND name ILIKE $1 AND ($2::text IS NULL OR category = $2)
     ORDER BY name LIMIT 50`,
    [pattern, category]
  );
  return NextResponse.json(rows);
}
