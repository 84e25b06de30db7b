import type { FastifyPluginAsync } from "fastify";

type PaypalEvent = {
  event_type: string;
  resource: { id: string; custom_id?: string; amount?: { value: string } };
};

const paypalRoutes: FastifyPluginAsync = async (app) => {
  app.post<{ Body: PaypalEvent }>("/webhooks/paypal", async (req, reply) => {
    const evt = req.body;
    if (evt.event_type === "PAYMENT.CAPTURE.COMPLETED" && evt.resource.custom_id) {
      await app.pg.query("update bookings set paid = true, paid_amount = $1 where id = $2", [
        evt.resource.amount?.value ?? "0",
        evt.resource.custom_id,
      ]);
    }
    return reply.code(200).send({ ok: true });
  });
};

export default paypalRoutes;
