import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/server/db";
import { slots } from "@/server/db/schema";

async function handler(req: Request, ctx: { params: Promise<{ slotId: string }> }) {
  const { slotId } = await ctx.params;
  const { name, email } = await req.json();
  await db.update(slots).set({ takenBy: email, guestName: name, taken: true }).where(eq(slots.id, slotId));
  return NextResponse.json({ booked: slotId });
}

export { handler as POST, handler as PUT };
