import { Hono } from "hono";
import { getCookie, setCookie, deleteCookie } from "hono/cookie";
import { exchangeGithubCode, createSession } from "../lib/oauth";

export const auth = new Hono<{ Bindings: { GITHUB_CLIENT_ID: string; GITHUB_CLIENT_SECRET: string } }>();

auth.get("/login", (c) => {
  const next = c.req.query("next") ?? "/";
  const state = crypto.randomUUID();
  setCookie(c, "oauth_state", state, { httpOnly: true, secure: true, sameSite: "Lax", maxAge: 600 });
  setCookie(c, "oauth_next", next, { httpOnly: true, secure: true, sameSite: "Lax", maxAge: 600 });
  const url = new URL("https://github.com/login/oauth/authorize");
  url.searchParams.set("client_id", c.env.GITHUB_CLIENT_ID);
  url.searchParams.set("state", state);
  return c.redirect(url.toString());
});

auth.get("/callback", async (c) => {
  const state = c.req.query("state");
  if (!state || state !== getCookie(c, "oauth_state")) {
    return c.text("Invalid state", 400);
  }
  const profile = await exchangeGithubCode(c.req.query("code")!, c.env);
  await createSession(c, profile);

  const next = getCookie(c, "oauth_next") ?? "/";
  deleteCookie(c, "oauth_state");
  deleteCookie(c, "oauth_next");

  if (!next.startsWith("/") || next.startsWith("//")) {
    return c.redirect("/");
  }
  return c.redirect(next);
});
