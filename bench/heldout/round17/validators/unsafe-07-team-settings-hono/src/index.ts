import { Hono } from "hono";
import { drizzle } from "drizzle-orm/node-postgres";
import { eq } from "drizzle-orm";
import { orgSettings } from "./db/schema";

const db = drizzle(process.env.DATABASE_URL!);
const app = new Hono();

app.get("/health", (c) => c.text("ok"));

app.put("/api/orgs/:orgId/settings", async (c) => {
  const orgId = c.req.param("orgId");
  const body = await c.req.json<{ name?: string; billingEmail?: string; allowSignups?: boolean }>();
  const [row] = await db.update(orgSettings).set(body).where(eq(orgSettings.orgId, orgId)).returning();
  return c.json(row ?? { error: "not found" }, row ? 200 : 404);
});

export default app;
