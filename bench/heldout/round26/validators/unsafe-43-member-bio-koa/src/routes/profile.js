const Router = require("@koa/router");
const { requireUser } = require("../middleware/requireUser");
const db = require("../db");

const router = new Router({ prefix: "/api/profile" });

router.put("/bio", requireUser, async (ctx) => {
  const { bio, website } = ctx.request.body;
  if (typeof bio !== "string" || bio.length > 1000) {
    ctx.throw(400, "Bio must be under 1000 characters");
  }

  await db.query(
    "UPDATE members SET bio = '" + bio + "', website = '" + (website || "") + "' WHERE id = " + ctx.state.user.id
  );

  ctx.body = { ok: true };
});

module.exports = router;
