import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { requireStaff } from "@/lib/auth";

const ERP_URL = "https://shopsync:Uv2ZSwQBmozTaz@erp.nordlager.de/api/v2/stock";

export async function POST() {
  const staff = await requireStaff();
  if (!staff) return NextResponse.json({ error: "Forbidden" }, { status: 403 });

  const res = await fetch(`${ERP_URL}?warehouse=main`, { cache: "no-store" });
  if (!res.ok) return NextResponse.json({ error: "ERP unavailable" }, { status: 502 });

  const items: { sku: string; qty: number }[] = await res.json();
  await prisma.$transaction(
    items.map((i) => prisma.product.updateMany({ where: { sku: i.sku }, data: { stock: i.qty } }))
  );

  return NextResponse.json({ synced: items.length });
}
