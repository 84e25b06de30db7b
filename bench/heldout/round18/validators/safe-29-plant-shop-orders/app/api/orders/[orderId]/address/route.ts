import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db";
import { orders } from "@/db/schema";
import { getCurrentUser } from "@/lib/session";

const Address = z.object({ line1: z.string(), city: z.string(), postcode: z.string(), country: z.string().length(2) });

export async function PATCH(req: Request, ctx: { params: Promise<{ orderId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { orderId } = await ctx.params;
  const parsed = Address.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid address" }, { status: 422 });
  const [updated] = await db
    .update(orders)
    .set({ shippingAddress: parsed.data })
    .where(and(eq(orders.id, orderId), eq(orders.userId, user.id), eq(orders.status, "pending")))
    .returning();
  if (!updated) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return NextResponse.json(updated);
}
