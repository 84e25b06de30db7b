import { NextResponse } from "next/server";
import { sql } from "@/lib/db";

export const revalidate = 30;

export async function GET() {
  const services = await sql<{ name: string; up: boolean; checked_at: string }>(
    "select name, up, checked_at from service_checks where checked_at > now() - interval '90 days' order by checked_at"
  );
  return NextResponse.json(services);
}
