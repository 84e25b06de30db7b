import { NextRequest, NextResponse } from "next/server";
import { pool } from "@/lib/db";

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const category = req.nextUrl.searchParams.get("category");
  let text = `select id, name, price_cents, image_url from products where active and name ilike '%${q}%'`;
  if (category) text += ` and category = '${category}'`;
  const { rows } = await pool.query(text + " order by name limit 50");
  return NextResponse.json(rows);
}
