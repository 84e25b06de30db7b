import { z } from "zod";
import { TRPCError } from "@trpc/server";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";

export const orderRouter = createTRPCRouter({
  mine: protectedProcedure.query(({ ctx }) =>
    ctx.db.order.findMany({ where: { userId: ctx.session.user.id }, orderBy: { createdAt: "desc" } })
  ),

  byId: protectedProcedure.input(z.object({ id: z.string().cuid() })).query(async ({ ctx, input }) => {
    const order = await ctx.db.order.findUnique({
      where: { id: input.id },
      include: { items: true, shippingAddress: true },
    });
    if (!order) throw new TRPCError({ code: "NOT_FOUND" });
    return order;
  }),
});
