import { NextResponse } from "next/server";
import { pool } from "@/lib/pg";

export async function GET(req: Request) {
  const { searchParams } = new URL(req.url);
  const q = searchParams.get("q") ?? "";
  const sort = searchParams.get("sort") ?? "created_at";

  const sql =
    "select id, title, cook_minutes from recipes where is_public = true and title ilike '%" +
    q +
    "%' order by " +
    sort +
    " desc limit 50";
  const { rows } = await pool.query(sql);
  return NextResponse.json(rows);
}
