import { createMiddleware } from "hono/factory";
import { createClient, type User } from "@supabase/supabase-js";

const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!);

export const authMiddleware = createMiddleware<{ Variables: { user: User } }>(async (c, next) => {
  const token = c.req.header("Authorization")?.replace(/^Bearer /, "");
  if (!token) return c.json({ error: "unauthorized" }, 401);
  const { data, error } = await supabase.auth.getUser(token);
  if (error || !data.user) return c.json({ error: "unauthorized" }, 401);
  c.set("user", data.user);
  await next();
});
