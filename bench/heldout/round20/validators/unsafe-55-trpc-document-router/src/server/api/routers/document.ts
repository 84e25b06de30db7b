import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "~/server/api/trpc";

export const documentRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) =>
    ctx.db.document.findMany({ where: { ownerId: ctx.session.user.id }, orderBy: { updatedAt: "desc" } })
  ),

  byId: protectedProcedure.input(z.object({ id: z.string().cuid() })).query(({ ctx, input }) =>
    ctx.db.document.findFirst({ where: { id: input.id, ownerId: ctx.session.user.id } })
  ),

  update: protectedProcedure
    .input(z.object({ id: z.string().cuid(), title: z.string().max(200), content: z.string() }))
    .mutation(({ ctx, input }) =>
      ctx.db.document.update({ where: { id: input.id }, data: { title: input.title, content: input.content } })
    ),
});
