import { NextRequest, NextResponse } from "next/server";
import { pool } from "@/lib/db";

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const genre = req.nextUrl.searchParams.get("genre");

  let text = "select id, artist, title, price_cents from records where title ilike '%" + q + "%'";
  if (genre) text += " and genre = '" + genre + "'";
  text += " order by artist limit 50";

  const { rows } = await pool.query(text);
  return NextResponse.json(rows);
}
