import { NextRequest, NextResponse } from "next/server";
import sql from "@/lib/db";

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const category = req.nextUrl.searchParams.get("category");

  let query = `select id, name, price_cents, image_url from products where name ilike '%${q}%'`;
  if (category) query += ` and category = '${category}'`;
  query += " order by name limit 50";

  const rows = await sql.unsafe(query);
  return NextResponse.json(rows);
}
