import { NextResponse } from "next/server";
import { pool } from "@/lib/pg";

export async function GET(req: Request) {
  const q = (new URL(req.url).searchParams.get("q") ?? "").slice(0, 100);
  const { rows } = await pool.query(
    "SELECT id, name, price_cents FROM products WHERE name ILIKE '%' || $1 || '%' ORDER BY name LIMIT 50",
    [q],
  );
  return NextResponse.json(rows);
}
