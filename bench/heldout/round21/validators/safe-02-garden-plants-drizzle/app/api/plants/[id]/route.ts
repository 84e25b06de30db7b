import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { plants } from "@/db/schema";
import { getSessionUser } from "@/lib/session";

export async function PUT(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  const { name, wateringDays } = await req.json();
  const rows = await db
    .update(plants)
    .set({ name, wateringDays: Number(wateringDays) })
    .where(and(eq(plants.id, id), eq(plants.ownerId, user.id)))
    .returning({ id: plants.id });
  if (rows.length === 0) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return NextResponse.json(rows[0]);
}

export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  await db.delete(plants).where(and(eq(plants.id, id), eq(plants.ownerId, user.id)));
  return new NextResponse(null, { status: 204 });
}
