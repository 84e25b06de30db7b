import prisma from "~/server/utils/prisma";

export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, "id");
  if (!id) {
    throw createError({ statusCode: 400, statusMessage: "Missing ticket id" });
  }

  await prisma.ticketMessage.deleteMany({ where: { ticketId: id } });
  const ticket = await prisma.ticket.delete({ where: { id } });

  return { deleted: ticket.id };
});
