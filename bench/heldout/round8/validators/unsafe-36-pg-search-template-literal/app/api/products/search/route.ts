import { NextResponse, type NextRequest } from "next/server";
import { pool } from "@/lib/db";

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const sort = req.nextUrl.searchParams.get("sort") ?? "name";

  const { rows } = await pool.query(
    `SELECT id, name, price_cents FROM products
     WHERE active = true AND name ILIKE '%${q}%'
     ORDER BY ${sort}
     LIMIT 50`
  );
  return NextResponse.json(rows);
}
