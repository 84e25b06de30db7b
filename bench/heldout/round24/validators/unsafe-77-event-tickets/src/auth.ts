import { Hono } from "hono";
import { setCookie } from "hono/cookie";
import { signIn } from "./lib/users";

export const auth = new Hono();

function nextPath(raw: string | undefined) {
  if (!raw) return "/events";
  if (!raw.startsWith("/") || raw.startsWith("//")) return "/events";
  return raw;
}

auth.post("/sign-in", async (c) => {
  const form = await c.req.parseBody();
  const session = await signIn(String(form.email), String(form.password));
  if (!session) return c.redirect("/sign-in?error=1");
  setCookie(c, "sid", session.id, { httpOnly: true, secure: true, sameSite: "Lax", path: "/" });
  return c.redirect(nextPath(c.req.query("next")));
});
