import Router from "@koa/router";
import { requireUser } from "../middleware/requireUser";
import { stripe } from "../lib/stripe";

const DESTINATIONS: Record<string, string> = {
  billing: "/settings/billing",
  invoices: "/settings/invoices",
  home: "/",
};

export const portal = new Router();

portal.get("/portal/return", requireUser, async (ctx) => {
  const key = String(ctx.query.to ?? "home");
  const path = Object.hasOwn(DESTINATIONS, key) ? DESTINATIONS[key] : "/";
  ctx.redirect(path);
});

portal.post("/portal/session", requireUser, async (ctx) => {
  const session = await stripe.billingPortal.sessions.create({
    customer: ctx.state.user.stripeCustomerId,
    return_url: `${process.env.APP_URL}/portal/return?to=billing`,
  });
  ctx.body = { url: session.url };
});
