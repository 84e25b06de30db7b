import { NextResponse } from "next/server";
import { pool } from "@/lib/db";

export async function GET() {
  try {
    await pool.query("select 1");
    return NextResponse.json({ db: "up" });
  } catch {
    return NextResponse.json({ db: "down" }, { status: 503 });
  }
}
