import { eq } from "drizzle-orm";
import { NextResponse } from "next/server";
import { db } from "@/db";
import { expenses } from "@/db/schema";
import { currentUser } from "@/lib/session";

export async function DELETE(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return NextResponse.json({ message: "Sign in first" }, { status: 401 });

  const { id } = await params;
  const deleted = await db.delete(expenses).where(eq(expenses.id, id)).returning({ id: expenses.id });

  if (deleted.length === 0) return NextResponse.json({ message: "Not found" }, { status: 404 });
  return NextResponse.json({ ok: true });
}

export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return NextResponse.json({ message: "Sign in first" }, { status: 401 });

  const { id } = await params;
  const { amount, note } = await req.json();
  const [row] = await db.update(expenses).set({ amount, note }).where(eq(expenses.id, id)).returning();
  return NextResponse.json(row);
}
