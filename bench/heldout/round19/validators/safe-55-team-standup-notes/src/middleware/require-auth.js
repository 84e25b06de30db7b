import { verifyToken } from "../lib/jwt.js";

export async function requireAuth(ctx, next) {
  const header = ctx.get("authorization");
  const token = header.startsWith("Bearer ") ? header.slice(7) : null;
  const user = token ? await verifyToken(token) : null;
  if (!user) {
    ctx.status = 401;
    ctx.body = { error: "unauthorized" };
    return;
  }
  ctx.state.user = user;
  await next();
}
