const { verifySession } = require("../lib/session");

module.exports = async function requireUser(ctx, next) {
  const user = await verifySession(ctx.cookies.get("sid"));
  if (!user) {
    ctx.status = 401;
    ctx.body = { error: "Sign in first" };
    return;
  }
  ctx.state.user = user;
  await next();
};
