import { Hono } from "hono";
import { and, eq } from "drizzle-orm";
import { db } from "../db/client";
import { documents } from "../db/schema";
import { requireSession } from "../middleware/session";

type Vars = { Variables: { session: { userId: string } } };

export const docs = new Hono<Vars>();

docs.use("*", requireSession);

docs.patch("/:docId", async (c) => {
  const docId = c.req.param("docId");
  const { workspaceId, title, content } = await c.req.json<{
    workspaceId: string;
    title?: string;
    content?: unknown;
  }>();

  const [updated] = await db
    .update(documents)
    .set({
      ...(title !== undefined ? { title } : {}),
      ...(content !== undefined ? { content } : {}),
      updatedBy: c.get("session").userId,
      updatedAt: new Date(),
    })
    .where(and(eq(documents.id, docId), eq(documents.workspaceId, workspaceId)))
    .returning();

  if (!updated) return c.json({ error: "Not found" }, 404);
  return c.json(updated);
});
