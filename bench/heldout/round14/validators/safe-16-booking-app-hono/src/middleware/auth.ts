import { createMiddleware } from "hono/factory";
import { verify } from "hono/jwt";

export const authMiddleware = createMiddleware<{ Variables: { userId: string } }>(async (c, next) => {
  const token = c.req.header("Authorization")?.replace(/^Bearer\s+/i, "");
  if (!token) return c.json({ error: "unauthorized" }, 401);
  try {
    const payload = await verify(token, c.env.JWT_SECRET);
    c.set("userId", String(payload.sub));
  } catch {
    return c.json({ error: "unauthorized" }, 401);
  }
  await next();
});
