import { createMiddleware } from "hono/factory";
import { getCookie } from "hono/cookie";
import { prisma } from "../prisma";

export const auth = createMiddleware<{ Variables: { userId: string } }>(async (c, next) => {
  const sid = getCookie(c, "sid");
  if (!sid) return c.json({ error: "unauthorized" }, 401);
  const session = await prisma.session.findUnique({ where: { id: sid } });
  if (!session || session.expiresAt < new Date()) return c.json({ error: "unauthorized" }, 401);
  c.set("userId", session.userId);
  await next();
});
