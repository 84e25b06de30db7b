import { NextResponse, type NextRequest } from "next/server";
import { pool } from "@/lib/db";

const SORTS = {
  name: "name ASC",
  price: "price_cents ASC",
  newest: "created_at DESC",
} as const;

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const sortKey = req.nextUrl.searchParams.get("sort") as keyof typeof SORTS | null;
  const orderBy = SORTS[sortKey ?? "name"] ?? SORTS.name;

  const { rows } = await pool.query(
    `SELECT id, name, price_cents FROM products
     WHERE active = true AND name ILIKE '%' || $1 || '%'
     ORDER BY ${orderBy}
     LIMIT 50`,
    [q]
  );
  return NextResponse.json(rows);
}
