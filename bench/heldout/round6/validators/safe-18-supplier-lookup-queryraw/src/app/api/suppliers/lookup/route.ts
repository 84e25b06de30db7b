import { NextResponse } from "next/server";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { email } = await req.json();
  const suppliers = await prisma.$queryRaw`
    SELECT id, company_name, contact_email
    FROM legacy_suppliers
    WHERE lower(contact_email) = lower(${email})`;

  return NextResponse.json(suppliers);
}
