import { eq } from "drizzle-orm";
import { auth } from "@clerk/nextjs/server";
import { db } from "@/db";
import { bookings } from "@/db/schema";

export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId } = await auth();
  if (!userId) return new Response("Unauthorized", { status: 401 });

  const { id } = await params;
  const deleted = await db.delete(bookings).where(eq(bookings.id, Number(id))).returning();
  if (!deleted.length) return new Response("Not found", { status: 404 });
  return Response.json({ cancelled: deleted[0].id });
}
