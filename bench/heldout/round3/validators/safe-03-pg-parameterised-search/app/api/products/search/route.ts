import { NextRequest, NextResponse } from "next/server";
import { query } from "@/lib/db";

const SORTS = {
  name: "name ASC",
  price_asc: "price_cents ASC",
  price_desc: "price_cents DESC",
} as const;

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const sortKey = req.nextUrl.searchParams.get("sort") as keyof typeof SORTS | null;
  const orderBy = SORTS[sortKey ?? "name"] ?? SORTS.name;

  const rows = await query(
    `SELECT id, name, price_cents, image_url
       FROM products
      WHERE name ILIKE $1 OR description ILIKE $1
      ORDER BY ${orderBy}
      LIMIT 50`,
    [`%${q}%`]
  );
  return NextResponse.json(rows);
}
