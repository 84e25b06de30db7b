import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { auth } from "@/auth";

export async function GET(req: NextRequest) {
  const session = await auth();
  if (!session?.user || session.user.role !== "ADMIN") {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }

  const email = req.nextUrl.searchParams.get("email") ?? "";
  const status = req.nextUrl.searchParams.get("status") ?? "paid";

  const orders = await prisma.$queryRawUnsafe(
    `SELECT o.id, o.total, o.status, u.email
     FROM "Order" o JOIN "User" u ON u.id = o."userId"
     WHERE u.email LIKE '%${email}%' AND o.status = '${status}'
     ORDER BY o."createdAt" DESC LIMIT 100`
  );

  return NextResponse.json(orders);
}
