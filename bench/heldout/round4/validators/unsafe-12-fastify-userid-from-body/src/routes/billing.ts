import type { FastifyPluginAsync } from "fastify";

interface PaymentMethodsBody {
  userId: string;
}

const billingRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook("onRequest", fastify.authenticate);

  fastify.post<{ Body: PaymentMethodsBody }>(
    "/billing/payment-methods",
    {
      schema: {
        body: {
          type: "object",
          required: ["userId"],
          properties: { userId: { type: "string" } },
        },
      },
    },
    async (request, reply) => {
      const { userId } = request.body;
      const methods = await fastify.prisma.paymentMethod.findMany({
        where: { userId },
        select: { id: true, brand: true, last4: true, expMonth: true, expYear: true, billingName: true },
      });
      return reply.send({ methods });
    }
  );
};

export default billingRoutes;
