import { NextRequest, NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { siteSettings } from "@/db/schema";

async function handler(req: NextRequest) {
  const body = await req.json();
  const updated = await db
    .update(siteSettings)
    .set({
      storeName: body.storeName,
      currency: body.currency,
      shippingFlatRate: body.shippingFlatRate,
      maintenanceMode: Boolean(body.maintenanceMode),
      updatedAt: new Date(),
    })
    .where(eq(siteSettings.id, 1))
    .returning();

  return NextResponse.json(updated[0]);
}

async function read() {
  const rows = await db.select().from(siteSettings).where(eq(siteSettings.id, 1));
  return NextResponse.json(rows[0] ?? null);
}

export { handler as PUT, read as GET };
