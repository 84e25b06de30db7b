import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "~/server/api/trpc";

export const messageRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) =>
    ctx.db.message.findMany({ where: { recipientId: ctx.session.user.id }, orderBy: { createdAt: "desc" } })
  ),

  byId: protectedProcedure.input(z.object({ id: z.string().cuid() })).query(({ ctx, input }) =>
    ctx.db.message.findUnique({ where: { id: input.id }, include: { sender: true } })
  ),

  markRead: protectedProcedure.input(z.object({ id: z.string().cuid() })).mutation(({ ctx, input }) =>
    ctx.db.message.update({ where: { id: input.id }, data: { readAt: new Date() } })
  ),
});
