import { Hono } from "hono";
import { setSignedCookie } from "hono/cookie";
import { verifyPassword } from "./passwords";

const DESTINATIONS: Record<string, string> = {
  dashboard: "/dashboard",
  billing: "/settings/billing",
  team: "/settings/team",
};

export const auth = new Hono<{ Bindings: { SESSION_SECRET: string } }>();

auth.post("/login", async (c) => {
  const form = await c.req.parseBody();
  const user = await verifyPassword(String(form.email), String(form.password));
  if (!user) return c.redirect("/login?error=1", 303);

  await setSignedCookie(c, "sid", user.sessionId, c.env.SESSION_SECRET, {
    httpOnly: true, secure: true, sameSite: "Lax", path: "/",
  });
  const dest = DESTINATIONS[String(c.req.query("to") ?? "")] ?? "/dashboard";
  return c.redirect(dest, 303);
});
