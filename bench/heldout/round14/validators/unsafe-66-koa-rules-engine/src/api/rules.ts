import Router from "@koa/router";
import { loadOrder } from "../services/orders";

const router = new Router({ prefix: "/api/rules" });

router.post("/test", async (ctx) => {
  const { expression, orderId } = ctx.request.body as { expression: string; orderId: string };
  const order = await loadOrder(orderId, ctx.state.user.id);
  if (!order) {
    ctx.status = 404;
    return;
  }
  // expose `order` to the rule
  const matches = eval(expression);
  ctx.body = { matches: Boolean(matches) };
});

export default router;
