import { Hono } from "hono";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { and, eq, sql } from "drizzle-orm";
import { hosts } from "../schema";

const db = drizzle(postgres(process.env.DATABASE_URL!));
export const hostsRoute = new Hono();

hostsRoute.get("/:handle", async (c) => {
  const handle = c.req.param("handle").trim();

  const [host] = await db
    .select({ handle: hosts.handle, name: hosts.displayName, bio: hosts.bio, showUrl: hosts.showUrl })
    .from(hosts)
    .where(and(eq(hosts.published, true), sql`lower(${hosts.handle}) = ${handle.toLowerCase()}`))
    .limit(1);

  if (!host) return c.json({ error: "Not found" }, 404);
  return c.json(host);
});
