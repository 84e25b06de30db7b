import Router from "@koa/router";
import { requireAuth } from "../middleware/require-auth.js";
import { pool } from "../db.js";

const router = new Router({ prefix: "/api/notes" });
router.use(requireAuth);

router.post("/", async (ctx) => {
  const { body } = ctx.request;
  const { rows } = await pool.query(
    "insert into standup_notes (author_id, yesterday, today, blockers) values ($1, $2, $3, $4) returning *",
    [ctx.state.user.id, body.yesterday, body.today, body.blockers]
  );
  ctx.status = 201;
  ctx.body = rows[0];
});

router.delete("/:id", async (ctx) => {
  await pool.query("delete from standup_notes where id = $1 and author_id = $2", [ctx.params.id, ctx.state.user.id]);
  ctx.status = 204;
});

export default router;
