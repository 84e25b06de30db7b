import { NextResponse } from "next/server";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { auth } from "@/auth";

export async function GET(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { searchParams } = new URL(req.url);
  const category = searchParams.get("category") ?? "";
  const where = category ? `and category = '${category}'` : "";
  const result = await db.execute(
    sql`select id, sku, name, qty from inventory where warehouse_owner = ${session.user.id} ${sql.raw(where)}`
  );
  return NextResponse.json(result.rows);
}
