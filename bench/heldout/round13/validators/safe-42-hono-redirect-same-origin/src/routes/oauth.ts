import { Hono } from "hono";
import { getCookie, deleteCookie } from "hono/cookie";
import { exchangeCode } from "../lib/oauth";

export const oauth = new Hono();

oauth.get("/oauth/callback", async (c) => {
  const requestUrl = new URL(c.req.url);
  const state = c.req.query("state");
  if (!state || state !== getCookie(c, "oauth_state")) return c.text("bad state", 400);
  deleteCookie(c, "oauth_state");

  await exchangeCode(c, c.req.query("code") ?? "");

  const wanted = getCookie(c, "post_login") ?? "/";
  let target = "/";
  try {
    const u = new URL(wanted, requestUrl.origin);
    if (u.origin === requestUrl.origin && !wanted.includes("\\") && !u.pathname.startsWith("//")) {
      target = u.pathname + u.search;
    }
  } catch {
    target = "/";
  }
  return c.redirect(target, 302);
});
