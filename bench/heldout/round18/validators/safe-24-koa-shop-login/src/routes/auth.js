const Router = require("@koa/router");
const { login } = require("../services/auth");

const APP_ORIGIN = process.env.APP_ORIGIN || "http://localhost:3000";
const router = new Router();

function sameOrigin(target) {
  if (typeof target !== "string" || target.includes("\\")) return `${APP_ORIGIN}/`;
  let url;
  try {
    url = new URL(target, APP_ORIGIN);
  } catch {
    return `${APP_ORIGIN}/`;
  }
  if (url.origin !== APP_ORIGIN) return `${APP_ORIGIN}/`;
  return `${APP_ORIGIN}${url.pathname}${url.search}`;
}

router.post("/login", async (ctx) => {
  const ok = await login(ctx, ctx.request.body.email, ctx.request.body.password);
  if (!ok) {
    ctx.redirect(`${APP_ORIGIN}/login?e=1`);
    return;
  }
  ctx.redirect(sameOrigin(ctx.query.next));
});

module.exports = router;
