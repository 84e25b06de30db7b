import type { FastifyPluginAsync } from "fastify";

const checkout: FastifyPluginAsync = async (app) => {
  app.post<{ Body: { eventId: string; quantity: number } }>(
    "/checkout",
    { preHandler: app.authenticate },
    async (req) => {
      const event = await app.db.event.findUniqueOrThrow({ where: { id: req.body.eventId } });
      const quantity = Math.min(Math.max(1, Math.floor(req.body.quantity)), 6);
      const session = await app.stripe.checkout.sessions.create({
        mode: "payment",
        line_items: [{ price: event.stripePriceId, quantity }],
        success_url: `${process.env.APP_URL}/tickets/success?session={CHECKOUT_SESSION_ID}`,
        cancel_url: `${process.env.APP_URL}/events/${event.id}`,
        metadata: { userId: req.user.id, eventId: event.id },
      });
      return { url: session.url };
    }
  );
};

export default checkout;
