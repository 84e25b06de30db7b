import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";

export const bookingRouter = createTRPCRouter({
  mine: protectedProcedure.query(({ ctx }) =>
    ctx.db.booking.findMany({ where: { userId: ctx.session.user.id }, orderBy: { startsAt: "asc" } }),
  ),

  create: protectedProcedure
    .input(z.object({ slotId: z.string().cuid() }))
    .mutation(({ ctx, input }) =>
      ctx.db.booking.create({ data: { slotId: input.slotId, userId: ctx.session.user.id } }),
    ),

  cancel: protectedProcedure
    .input(z.object({ id: z.string().cuid() }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.booking.delete({ where: { id: input.id } });
      return { ok: true };
    }),
});
