import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { slots } from "@/db/schema";

async function handler(req: Request) {
  const { slotId, email } = await req.json();
  if (req.method === "DELETE") {
    await db.update(slots).set({ bookedBy: null, bookedEmail: null }).where(eq(slots.id, slotId));
    return NextResponse.json({ cancelled: slotId });
  }
  const [row] = await db
    .update(slots)
    .set({ bookedEmail: email, bookedAt: new Date() })
    .where(eq(slots.id, slotId))
    .returning();
  return NextResponse.json(row);
}

export { handler as PUT, handler as DELETE };
