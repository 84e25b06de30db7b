import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { requireAdmin } from "@/lib/admin";

export async function GET(req: Request) {
  const admin = await requireAdmin();
  if (!admin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const email = new URL(req.url).searchParams.get("email") ?? "";
  const rows = await prisma.$queryRawUnsafe(
    `SELECT id, email, subscribed_at FROM "Subscriber" WHERE email = '${email}' LIMIT 1`
  );
  return NextResponse.json(rows);
}
