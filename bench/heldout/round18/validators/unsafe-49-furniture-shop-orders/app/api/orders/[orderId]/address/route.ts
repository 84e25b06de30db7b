import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db";
import { orders } from "@/db/schema";
import { getCurrentUser } from "@/lib/session";

const Address = z.object({ line1: z.string(), city: z.string(), postcode: z.string(), country: z.string().length(2) });

export async function PATCH(req: Request, ctx: { params: Promise<{ orderId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { orderId } = await ctx.params;
  const address = Address.parse(await req.json());
  const [updated] = await db.update(orders).set({ shippingAddress: address }).where(eq(orders.id, orderId)).returning();
  return NextResponse.json(updated);
}
