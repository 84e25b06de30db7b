import { Hono } from "hono";
import { getCookie } from "hono/cookie";
import { readToken } from "./auth";

const app = new Hono();

app.get("/api/me", async (c) => {
  const token = getCookie(c, "session");
  if (!token) return c.json({ user: null });
  try {
    const payload = await readToken(token);
    return c.json({ user: { id: payload.sub } });
  } catch {
    return c.json({ user: null });
  }
});

export default app;
