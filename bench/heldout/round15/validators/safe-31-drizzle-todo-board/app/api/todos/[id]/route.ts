import { and, eq } from "drizzle-orm";
import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/db";
import { todos } from "@/db/schema";
import { auth } from "@/auth";

const Patch = z.object({ done: z.boolean().optional(), title: z.string().min(1).max(200).optional() });

export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });

  const { id } = await params;
  const changes = Patch.parse(await req.json());
  const [row] = await db
    .update(todos)
    .set(changes)
    .where(and(eq(todos.id, id), eq(todos.userId, session.user.id)))
    .returning();

  if (!row) return NextResponse.json({ error: "not found" }, { status: 404 });
  return NextResponse.json(row);
}
