import { Hono } from "hono";
import { setCookie } from "hono/cookie";
import { verifyPassword, createSession } from "./session";

export function safeReturnTo(raw: string | undefined): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//")) return "/";
  if (/[\\\u0000-\u001f]/.test(raw)) return "/";
  const url = new URL(raw, "http://localhost");
  if (url.host !== "localhost") return "/";
  const path = url.pathname.replace(/^\/+/, "/");
  return path + url.search;
}

const auth = new Hono();

auth.post("/login", async (c) => {
  const body = await c.req.parseBody();
  const user = await verifyPassword(String(body.email), String(body.password));
  if (!user) return c.redirect("/login?error=1", 303);
  const sid = await createSession(user.id);
  setCookie(c, "sid", sid, { httpOnly: true, secure: true, sameSite: "Lax", path: "/" });
  return c.redirect(safeReturnTo(c.req.query("returnTo")), 303);
});

export default auth;
