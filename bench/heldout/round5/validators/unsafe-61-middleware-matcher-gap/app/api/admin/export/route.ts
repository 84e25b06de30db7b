import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

// Protected by middleware (admin only)
export async function GET() {
  const customers = await prisma.customer.findMany({
    select: { id: true, name: true, email: true, phone: true, address: true, lifetimeValueCents: true },
    orderBy: { createdAt: "desc" },
  });

  const header = "id,name,email,phone,address,lifetime_value\n";
  const csv =
    header +
    customers
      .map((c) => [c.id, c.name, c.email, c.phone ?? "", JSON.stringify(c.address ?? ""), c.lifetimeValueCents / 100].join(","))
      .join("\n");

  return new NextResponse(csv, {
    headers: {
      "Content-Type": "text/csv",
      "Content-Disposition": 'attachment; filename="customers.csv"',
    },
  });
}
