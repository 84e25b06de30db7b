import { and, eq } from "drizzle-orm";
import { db } from "@/server/db";
import { notes } from "@/server/db/schema";
import { currentUser } from "@/server/auth";

const ownedBy = (id: string, userId: string) =>
  and(eq(notes.id, id), eq(notes.ownerId, userId));

type Ctx = { params: Promise<{ id: string }> };

export async function GET(_req: Request, ctx: Ctx) {
  const user = await currentUser();
  if (!user) return Response.json({ error: "Unauthorized" }, { status: 401 });

  const { id } = await ctx.params;
  const note = await db.query.notes.findFirst({ where: ownedBy(id, user.id) });
  return note
    ? Response.json(note)
    : Response.json({ error: "Not found" }, { status: 404 });
}

export async function DELETE(_req: Request, ctx: Ctx) {
  const user = await currentUser();
  if (!user) return Response.json({ error: "Unauthorized" }, { status: 401 });

  const { id } = await ctx.params;
  const removed = await db.delete(notes).where(ownedBy(id, user.id)).returning({ id: notes.id });
  return removed.length
    ? new Response(null, { status: 204 })
    : Response.json({ error: "Not found" }, { status: 404 });
}
