import type { FastifyPluginAsync } from "fastify";
import { prisma } from "../prisma";

const bookings: FastifyPluginAsync = async (fastify) => {
  fastify.addHook("preHandler", fastify.verifySession);

  fastify.get("/bookings", async (request) => {
    return prisma.booking.findMany({
      where: { userId: request.user.id },
      include: { slot: true },
      orderBy: { createdAt: "desc" },
    });
  });

  fastify.post<{ Params: { id: string } }>("/bookings/:id/cancel", async (request, reply) => {
    const booking = await prisma.booking.update({
      where: { id: request.params.id },
      data: { status: "CANCELLED", cancelledAt: new Date() },
      include: { slot: true },
    });

    await prisma.slot.update({
      where: { id: booking.slotId },
      data: { taken: { decrement: 1 } },
    });

    return reply.send({ ok: true, booking });
  });
};

export default bookings;
