import { NextRequest, NextResponse } from "next/server";
import postgres from "postgres";

const sql = postgres(process.env.DATABASE_URL!, { prepare: false });

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const maxPrice = Number(req.nextUrl.searchParams.get("max") ?? 100000);
  const pattern = `%${q.replace(/[%_\\]/g, (m) => "\\" + m)}%`;

  const rows = await sql`
    select id, name, price_cents, thumbnail
    from products
    where active and name ilike ${pattern} and price_cents <= ${maxPrice}
    order by name
    limit 40
  `;
  return NextResponse.json(rows);
}
