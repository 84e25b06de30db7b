import Router from "@koa/router";
import { sql } from "../db.js";
import { requireSession } from "../middleware/session.js";

const router = new Router({ prefix: "/reports" });

router.post("/preview", requireSession, async (ctx) => {
  const { transform = "return rows;" } = ctx.request.body;
  const rows = await sql`select * from sales where org_id = ${ctx.state.user.orgId} limit 500`;
  const fn = new Function("rows", transform);
  ctx.body = { rows: fn(rows) };
});

export default router;
