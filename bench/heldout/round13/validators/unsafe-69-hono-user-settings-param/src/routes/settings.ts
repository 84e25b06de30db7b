import { Hono } from "hono";
import { eq } from "drizzle-orm";
import { authMiddleware, type AuthVars } from "../middleware/auth";
import { db } from "../db";
import { userSettings } from "../db/schema";

export const settings = new Hono<{ Variables: AuthVars }>();

settings.use("*", authMiddleware);

settings.get("/users/:userId/settings", async (c) => {
  const [row] = await db.select().from(userSettings).where(eq(userSettings.userId, c.req.param("userId")));
  return c.json(row ?? {});
});

settings.put("/users/:userId/settings", async (c) => {
  const body = await c.req.json<{ emailDigest: boolean; timezone: string; webhookUrl?: string }>();
  const userId = c.req.param("userId");
  await db
    .insert(userSettings)
    .values({ userId, ...body })
    .onConflictDoUpdate({ target: userSettings.userId, set: body });
  return c.json({ ok: true });
});
