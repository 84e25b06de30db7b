import { createMiddleware } from "hono/factory";
import { verify } from "hono/jwt";

export const bearerAuthUser = createMiddleware(async (c, next) => {
  const token = c.req.header("Authorization")?.slice(7);
  if (!token) return c.json({ error: "unauthorized" }, 401);
  const payload = await verify(token, c.env?.JWT_SECRET ?? process.env.JWT_SECRET!);
  c.set("userId", String(payload.sub));
  await next();
});
