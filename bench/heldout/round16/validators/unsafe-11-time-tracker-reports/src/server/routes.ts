import { Hono } from "hono";
import { hoursReport } from "./report";
import { requireUser } from "./auth";

export const api = new Hono<{ Variables: { userId: string } }>();

api.get("/reports/hours", requireUser, async (c) => {
  const { from = "2024-01-01", to = "2099-01-01", group = "date_trunc('week', started_at)" } = c.req.query();
  return c.json(await hoursReport(c.get("userId"), from, to, group));
});
