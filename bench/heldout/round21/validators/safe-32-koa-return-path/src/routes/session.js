const Router = require("@koa/router");
const { verifyPassword } = require("../auth");

const router = new Router();
const SAFE_PATH = /^\/(?![\/\\])[A-Za-z0-9\-_\/]*(\?[A-Za-z0-9=&\-_]*)?$/;

function safeReturn(value) {
  return typeof value === "string" && SAFE_PATH.test(value) && !value.includes("//") ? value : "/home";
}

router.post("/session", async (ctx) => {
  const { email, password } = ctx.request.body;
  const user = await verifyPassword(email, password);
  if (!user) {
    ctx.status = 401;
    ctx.body = { error: "invalid_credentials" };
    return;
  }
  ctx.session.userId = user.id;
  ctx.redirect(safeReturn(ctx.query.returnTo));
});

module.exports = router;
