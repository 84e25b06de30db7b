import { Hono } from "hono";
import { getCookie } from "hono/cookie";
import { verifySession } from "../session";

export const settings = new Hono();

const TABS = new Set(["profile", "security", "notifications"]);

settings.get("/settings/open", async (c) => {
  const user = await verifySession(getCookie(c, "session"));
  if (!user) return c.redirect("/login", 303);
  const tab = c.req.query("tab") ?? "profile";
  const safeTab = TABS.has(tab) ? tab : "profile";
  return c.redirect(`/settings?tab=${encodeURIComponent(safeTab)}`, 303);
});
