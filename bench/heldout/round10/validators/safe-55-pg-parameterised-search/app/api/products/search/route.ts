import { NextRequest, NextResponse } from "next/server";
import { pool } from "@/lib/db";

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q")?.trim() ?? "";
  const category = req.nextUrl.searchParams.get("category");
  const page = Math.max(1, Number(req.nextUrl.searchParams.get("page")) || 1);

  const where: string[] = ["published = true"];
  const params: unknown[] = [];
  if (q) {
    params.push(`%${q.replace(/[\\%_]/g, (m) => "\\" + m)}%`);
    where.push(`(name ILIKE $${params.length} OR description ILIKE $${params.length})`);
  }
  if (category) {
    params.push(category);
    where.push(`category = $${params.length}`);
  }
  params.push((page - 1) * 24);
  const sql = `SELECT id, name, price_cents, image_url FROM products WHERE ${where.join(" AND ")}
    ORDER BY created_at DESC LIMIT 24 OFFSET $${params.length}`;

  const { rows } = await pool.query(sql, params);
  return NextResponse.json({ products: rows, page });
}
