import { NextRequest, NextResponse } from "next/server";
import { pool } from "@/lib/pg";

export const GET = async (req: NextRequest) => {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const category = req.nextUrl.searchParams.get("category");
  const limit = Math.min(Number(req.nextUrl.searchParams.get("limit") ?? 20), 100);

  let text = `
    SELECT id, name, slug, price_cents, thumbnail_url
    FROM products
    WHERE active = true AND name ILIKE '%${q}%'`;

  if (category) {
    text += ` AND category_slug = '${category}'`;
  }

  text += ` ORDER BY name ASC LIMIT ${limit}`;

  try {
    const { rows } = await pool.query(text);
    return NextResponse.json({ items: rows, count: rows.length });
  } catch (err) {
    console.error("search failed", err);
    return NextResponse.json({ error: "Search failed" }, { status: 500 });
  }
};
