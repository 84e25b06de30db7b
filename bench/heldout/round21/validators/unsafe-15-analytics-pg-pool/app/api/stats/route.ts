import { NextResponse } from "next/server";
import { pool } from "@/lib/db";

export async function GET() {
  const { rows } = await pool.query("select count(*)::int as signups from public.waitlist");
  return NextResponse.json(rows[0]);
}
