import { NextRequest, NextResponse } from "next/server";
import { query } from "@/lib/db";

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const sort = req.nextUrl.searchParams.get("sort") ?? "name";

  const rows = await query(
    `SELECT id, name, price_cents, image_url
       FROM products
      WHERE name ILIKE '%${q}%' OR description ILIKE '%${q}%'
      ORDER BY ${sort}
      LIMIT 50`
  );

  return NextResponse.json(rows);
}
