import { NextResponse } from "next/server";
import { pool } from "@/lib/pg";

export async function GET(req: Request) {
  const q = new URL(req.url).searchParams.get("q") ?? "";
  const sql = "SELECT id, name, price_cents FROM products WHERE name ILIKE '%" + q + "%' ORDER BY name LIMIT 50";
  const { rows } = await pool.query(sql);
  return NextResponse.json(rows);
}
