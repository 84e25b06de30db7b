import { z } from "zod";
import { TRPCError } from "@trpc/server";
import { createTRPCRouter, protectedProcedure } from "~/server/api/trpc";

export const messageRouter = createTRPCRouter({
  byId: protectedProcedure.input(z.object({ id: z.string().cuid() })).query(async ({ ctx, input }) => {
    const msg = await ctx.db.message.findFirst({
      where: { id: input.id, recipientId: ctx.session.user.id },
      include: { sender: { select: { name: true } } },
    });
    if (!msg) throw new TRPCError({ code: "NOT_FOUND" });
    return msg;
  }),

  markRead: protectedProcedure.input(z.object({ id: z.string().cuid() })).mutation(({ ctx, input }) =>
    ctx.db.message.updateMany({
      where: { id: input.id, recipientId: ctx.session.user.id },
      data: { readAt: new Date() },
    })
  ),
});
