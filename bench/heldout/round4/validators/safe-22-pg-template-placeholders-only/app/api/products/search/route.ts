import { NextRequest, NextResponse } from "next/server";
import { pool } from "@/lib/pg";

const SORTS = {
  name: "name ASC",
  price_asc: "price_cents ASC",
  price_desc: "price_cents DESC",
  newest: "created_at DESC",
} as const;

export async function GET(req: NextRequest) {
  const sp = req.nextUrl.searchParams;
  const q = sp.get("q")?.trim() ?? "";
  const categories = sp.getAll("category");
  const sortKey = (sp.get("sort") ?? "name") as keyof typeof SORTS;
  const orderBy = SORTS[sortKey] ?? SORTS.name;

  const params: unknown[] = [`%${q}%`];
  let where = "name ILIKE $1";

  if (categories.length > 0) {
    const placeholders = categories.map((_, i) => `$${i + 2}`).join(", ");
    where += ` AND category IN (${placeholders})`;
    params.push(...categories);
  }

  const { rows } = await pool.query(
    `SELECT id, name, price_cents, image_url FROM products WHERE ${where} ORDER BY ${orderBy} LIMIT 50`,
    params
  );
  return NextResponse.json({ results: rows });
}
