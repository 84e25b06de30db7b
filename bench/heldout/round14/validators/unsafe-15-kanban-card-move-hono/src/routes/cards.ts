import { Hono } from "hono";
import { eq } from "drizzle-orm";
import { db } from "../db";
import { cards } from "../db/schema";
import type { AppEnv } from "../types";

export const cardsRoute = new Hono<AppEnv>();

cardsRoute.patch("/:id/move", async (c) => {
  const id = Number(c.req.param("id"));
  const { columnId, position } = await c.req.json<{ columnId: number; position: number }>();

  const [updated] = await db
    .update(cards)
    .set({ columnId, position, updatedAt: new Date() })
    .where(eq(cards.id, id))
    .returning();

  const user = c.get("user");
  if (!user) {
    return c.json({ error: "unauthorized" }, 401);
  }

  return c.json(updated);
});
