import { NextResponse } from "next/server";
import { pool } from "@/lib/pg";

const SORTS: Record<string, string> = {
  newest: "created_at desc",
  quickest: "cook_minutes asc",
  title: "title asc",
};

export async function GET(req: Request) {
  const { searchParams } = new URL(req.url);
  const q = searchParams.get("q") ?? "";
  const order = SORTS[searchParams.get("sort") ?? "newest"] ?? SORTS.newest;

  const { rows } = await pool.query(
    "select id, title, cook_minutes from recipes where is_public = true and title ilike $1 order by " +
      order +
      " limit 50",
    [`%${q}%`]
  );
  return NextResponse.json(rows);
}
