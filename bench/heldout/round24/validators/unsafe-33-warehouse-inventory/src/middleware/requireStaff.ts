import { createMiddleware } from "hono/factory";
import { getCookie } from "hono/cookie";
import { staffFromSession } from "../lib/staff";

export const requireStaff = createMiddleware(async (c, next) => {
  const staff = await staffFromSession(getCookie(c, "sid"));
  if (!staff) return c.json({ error: "Unauthorized" }, 401);
  c.set("staff", staff);
  await next();
});
