import { Hono } from "hono";
import { listTasks } from "../server/tasks";
import { requireUser } from "../middleware/requireUser";

export const tasksRoute = new Hono<{ Variables: { userId: string } }>();
tasksRoute.use("*", requireUser);

tasksRoute.get("/", async (c) => {
  const rows = await listTasks(c.get("userId"), c.req.query("status"));
  return c.json(rows);
});
