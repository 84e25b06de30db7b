import { NextResponse } from "next/server";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { email } = await req.json();

  // raw query because we need the case-insensitive match on the legacy table
  const customers = await prisma.$queryRawUnsafe(
    `SELECT id, full_name, email, lifetime_value FROM legacy_customers WHERE lower(email) = lower('${email}')`
  );

  return NextResponse.json(customers);
}
