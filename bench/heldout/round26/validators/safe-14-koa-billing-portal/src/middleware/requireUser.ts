import type { Context, Next } from "koa";
import { getSessionUser } from "../lib/session";

export async function requireUser(ctx: Context, next: Next) {
  const user = await getSessionUser(ctx.cookies.get("sid", { signed: true }));
  if (!user) {
    ctx.status = 401;
    ctx.body = { error: "Unauthorized" };
    return;
  }
  ctx.state.user = user;
  await next();
}
