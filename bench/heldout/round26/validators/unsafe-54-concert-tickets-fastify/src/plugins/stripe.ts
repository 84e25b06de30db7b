import fp from "fastify-plugin";
import Stripe from "stripe";

declare module "fastify" {
  interface FastifyInstance {
    stripe: Stripe;
  }
}

export default fp(async (app) => {
  const stripe = new Stripe("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", { apiVersion: "2024-06-20" });
  app.decorate("stripe", stripe);
});
